// The made-up world the synthetic articles report on: provinces with their
// cities and counties, the bodies of each (government, party committee,
// education and health departments, press office…), hospitals, universities,
// schools, and about fifty officials per province, each with a post. Articles
// draw from it with a Zipf bias, so the same people and bodies recur.
import type { NodeType } from "../../src/graph/contract";
import {
  GIVEN_CHARS,
  NUMERALS,
  PLACE_FIRST,
  PLACE_SECOND,
  ROADS,
  SURNAMES,
  UNIVERSITY_KINDS,
} from "./lexicon";
import { Rng } from "./random";

export type OrgType = Extract<NodeType, "agency" | "hospital" | "university" | "school">;

export interface Org {
  /** Stable key, unique in the world (also the planted entity's key). */
  key: string;
  type: OrgType;
  /** Full name. */
  name: string;
  /** Short forms a later mention may use (省教育厅, 教育厅). */
  short: string[];
}

export interface Post {
  org: Org;
  /** The post as written after the body's name (厅长, 副省长). */
  title: string;
  /** A party post written before it in a chain (省委常委、副省长). */
  chain?: string;
}

export interface Official {
  key: string;
  name: string;
  post: Post;
}

export interface Place {
  key: string;
  /** The bare name (青川) and the name with its suffix (青川省). */
  name: string;
  full: string;
}

export interface Area {
  place: Place;
  government: Org;
  party: Org;
  education: Org;
  health: Org;
}

export interface Province extends Area {
  index: number;
  pressOffice: Org;
  commandCentre: Org;
  universityCommittee: Org;
  examAuthority: Org;
  cities: Area[];
  counties: Area[];
  hospitals: Org[];
  universities: Org[];
  schools: Org[];
  /** Bodies that publish news about themselves: an article's main agency. */
  publishers: Org[];
  /** Every official of the province, in the order a Zipf pick favours. */
  officials: Official[];
}

export interface World {
  provinces: Province[];
  /** Places outside the provinces that teams are sent to help. */
  aidPlaces: Place[];
}

export interface WorldOptions {
  provinces?: number;
}

/** Makes place names no two of which are equal. */
function placeNamer(rng: Rng) {
  const used = new Set<string>();
  return (): string => {
    for (;;) {
      const name = rng.pick(PLACE_FIRST) + rng.pick(PLACE_SECOND);
      if (name[0] !== name[1] && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/** Mostly three-character names, as officials' names mostly are. */
function personNamer(rng: Rng) {
  const used = new Set<string>();
  return (): string => {
    for (;;) {
      const given = rng.chance(0.8) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
      const name = rng.zipf(SURNAMES, 0.6) + given;
      if (given[0] !== given[1] && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const org = (key: string, type: OrgType, name: string, short: string[] = []): Org => ({ key, type, name, short });

function area(key: string, place: Place, level: "省" | "市" | "县" | "区"): Area {
  const p = place.full;
  const gov = level === "省" ? "省政府" : `${level}政府`;
  const k = `${key}/${place.name}`;
  return {
    place,
    government: org(`${k}/gov`, "agency", `${p}人民政府`, [gov, `${p}政府`]),
    party: org(`${k}/party`, "agency", `中共${p}委员会`, [`${level}委`, `${p}委`]),
    education: org(
      `${k}/edu`,
      "agency",
      level === "省" ? `${p}教育厅` : `${p}教育局`,
      level === "省" ? ["省教育厅", "教育厅"] : [`${level}教育局`],
    ),
    health: org(
      `${k}/health`,
      "agency",
      level === "省" ? `${p}卫生健康委员会` : `${p}卫生健康局`,
      level === "省" ? ["省卫健委"] : [`${level}卫健局`],
    ),
  };
}

export function makeWorld(seed: number, options: WorldOptions = {}): World {
  const rng = new Rng(seed);
  const placeName = placeNamer(rng);
  const personName = personNamer(rng);
  const provinces: Province[] = [];

  for (let index = 0; index < (options.provinces ?? 8); index++) {
    const pName = placeName();
    const pk = `p${index}`;
    const place: Place = { key: `place:${pName}`, name: pName, full: `${pName}省` };
    const base = area(pk, place, "省");
    const cities: Area[] = [];
    const counties: Area[] = [];
    for (let c = 0; c < 3; c++) {
      const name = placeName();
      const city = area(pk, { key: `place:${name}`, name, full: `${name}市` }, "市");
      cities.push(city);
      for (let k = 0; k < (c === 0 ? 2 : 1); k++) {
        const cName = placeName();
        const level = rng.chance(0.7) ? "县" : "区";
        counties.push(area(pk, { key: `place:${cName}`, name: cName, full: `${cName}${level}` }, level));
      }
    }

    const universities: Org[] = [];
    for (const kind of rng.sample(UNIVERSITY_KINDS, 3)) {
      const where = rng.chance(0.5) ? pName : rng.pick(cities).place.name;
      universities.push(org(`${pk}/univ/${where}${kind}`, "university", `${where}${kind}`));
    }
    const hospitals: Org[] = [
      org(`${pk}/hosp/prov`, "hospital", `${pName}省人民医院`, ["省人民医院"]),
      org(`${pk}/hosp/u1`, "hospital", `${universities[0].name}第一附属医院`),
      org(`${pk}/hosp/u2`, "hospital", `${universities[0].name}第${rng.pick(NUMERALS.slice(1, 5))}附属医院`),
      org(`${pk}/hosp/city`, "hospital", `${cities[0].place.full}${rng.pick(["人民医院", "中心医院", "第一人民医院"])}`),
    ];
    const schools: Org[] = [];
    for (const city of cities) {
      const c = city.place.full;
      schools.push(org(`${pk}/sch/${c}/m`, "school", `${c}第${rng.pick(NUMERALS)}中学`));
      schools.push(org(`${pk}/sch/${c}/p`, "school", `${c}${rng.pick(ROADS)}路小学`));
      if (rng.chance(0.6)) schools.push(org(`${pk}/sch/${c}/k`, "school", `${c}${rng.pick(["实验", "机关", "第一"])}幼儿园`));
    }
    for (const county of counties) {
      schools.push(org(`${pk}/sch/${county.place.full}`, "school", `${county.place.full}${rng.pick(["实验中学", "第一中学", "民族中学", "职业技术学校"])}`));
    }

    const p = place.full;
    const province: Province = {
      ...base,
      index,
      pressOffice: org(`${pk}/press`, "agency", `${p}人民政府新闻办公室`, ["省政府新闻办"]),
      commandCentre: org(`${pk}/hq`, "agency", `${p}新型冠状病毒肺炎疫情防控指挥部`, ["省疫情防控指挥部"]),
      universityCommittee: org(`${pk}/gongwei`, "agency", `中共${p}委高校工作委员会`, ["省委高校工委"]),
      examAuthority: org(`${pk}/exam`, "agency", `${p}教育考试院`, ["省教育考试院"]),
      cities,
      counties,
      hospitals,
      universities,
      schools,
      publishers: [],
      officials: [],
    };

    const posts: Post[] = [
      { org: base.party, title: "书记" },
      { org: base.government, title: "省长", chain: "省委副书记" },
      { org: base.government, title: "常务副省长", chain: "省委常委" },
      { org: base.government, title: "副省长" },
      { org: base.government, title: "副省长" },
      { org: base.government, title: "副省长" },
      { org: base.party, title: "宣传部长", chain: "省委常委" },
      { org: base.education, title: "厅长", chain: "党组书记" },
      { org: base.education, title: "副厅长" },
      { org: base.education, title: "副厅长" },
      { org: base.education, title: "总督学" },
      { org: base.health, title: "主任", chain: "党组书记" },
      { org: base.health, title: "副主任" },
      { org: province.pressOffice, title: "主任" },
      { org: province.examAuthority, title: "院长" },
    ];
    for (const city of cities) {
      posts.push({ org: city.party, title: "书记" }, { org: city.government, title: "市长" }, { org: city.government, title: "副市长" });
      posts.push({ org: city.education, title: "局长", chain: "党组书记" }, { org: city.health, title: "局长" });
    }
    for (const county of counties) {
      const level = county.place.full.endsWith("区") ? "区" : "县";
      posts.push({ org: county.party, title: "书记" }, { org: county.government, title: `${level}长` }, { org: county.education, title: "局长" });
    }
    for (const h of hospitals) posts.push({ org: h, title: "院长" }, { org: h, title: "党委书记" });
    for (const u of universities) posts.push({ org: u, title: "校长" }, { org: u, title: "党委书记" });

    // A random order, so which officials recur most differs by province.
    province.officials = rng.sample(posts, posts.length).map((post) => {
      const name = personName();
      return { key: `official:${pk}/${name}`, name, post };
    });
    province.publishers = [
      base.education,
      ...cities.map((c) => c.education),
      base.health,
      ...counties.map((c) => c.education),
      ...hospitals,
      ...universities,
      base.government,
    ];
    provinces.push(province);
  }

  const aidPlaces: Place[] = [];
  for (let i = 0; i < 4; i++) {
    const name = placeName();
    aidPlaces.push({ key: `place:${name}`, name, full: `${name}${i === 0 ? "省" : "市"}` });
  }
  return { provinces, aidPlaces };
}

/** The officials whose post is at one of these bodies. */
export function officialsAt(province: Province, orgs: readonly Org[]): Official[] {
  const keys = new Set(orgs.map((o) => o.key));
  return province.officials.filter((o) => keys.has(o.post.org.key));
}
