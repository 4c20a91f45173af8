// The world the synthetic articles report on: provinces with their cities and
// counties (real divisions, drawn from the GB/T 2260 gazetteer, so that an
// article's jurisdiction and its relative names, 省委 or 县教体局, resolve), the bodies of each (government, party committee,
// education and health departments, press office…), hospitals, universities,
// schools, and about fifty officials per province, each with a post. Articles
// draw from it with a Zipf bias, so the same people and bodies recur.
import type { NodeType } from "../../src/graph/contract";
import { allDivisions, type Division } from "../../src/gazetteer/index";
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
  /** The GB/T 2260 code of the jurisdiction it belongs to, when it belongs to one. */
  region?: string;
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
  /** Its GB/T 2260 code, for a real division. */
  code?: string;
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

const org = (key: string, type: OrgType, name: string, short: string[] = [], region?: string): Org =>
  region ? { key, type, name, short, region } : { key, type, name, short };

/** The bodies of a jurisdiction, with the relative short forms its own articles use (省委, 市卫健委, 县教体局). */
function area(key: string, place: Place, level: "省" | "市" | "县" | "区"): Area {
  const p = place.full;
  const gov = level === "省" ? "省政府" : `${level}政府`;
  const k = `${key}/${place.name}`;
  const at = (suffix: string, type: OrgType, name: string, short: string[]) => org(`${k}/${suffix}`, type, name, short, place.code);
  return {
    place,
    government: at("gov", "agency", `${p}人民政府`, [gov, `${p}政府`]),
    party: at("party", "agency", `中共${p}委员会`, [`${level}委`, `${p}委`]),
    education: at(
      "edu",
      "agency",
      level === "省" ? `${p}教育厅` : level === "县" ? `${p}教育和体育局` : `${p}教育局`,
      level === "省" ? ["省教育厅", "教育厅"] : level === "县" ? ["县教体局"] : [`${level}教育局`],
    ),
    health: at(
      "health",
      "agency",
      level === "县" || level === "区" ? `${p}卫生健康局` : `${p}卫生健康委员会`,
      level === "县" || level === "区" ? [`${level}卫健局`] : [`${level}卫健委`],
    ),
  };
}

const placeOf = (d: Division): Place => ({ key: `place:${d.name}`, name: d.short, full: d.name, code: d.code });

/** The gazetteer's divisions by parent code, in code order, each list filtered to the suffixes the templates write. */
function childrenOf(): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (!d.parent) continue;
    const list = map.get(d.parent) ?? [];
    list.push(d);
    map.set(d.parent, list);
  }
  return map;
}

export function makeWorld(seed: number, options: WorldOptions = {}): World {
  const rng = new Rng(seed);
  const placeName = placeNamer(rng);
  const personName = personNamer(rng);
  const provinces: Province[] = [];
  const children = childrenOf();
  const kids = (d: Division, suffix: RegExp) => (children.get(d.code) ?? []).filter((c) => suffix.test(c.name));
  // Provinces with at least three cities that have counties and districts, so every template has its divisions.
  const candidates = allDivisions().filter(
    (d) => d.level === 1 && d.name.endsWith("省") && kids(d, /市$/u).filter((c) => kids(c, /[县区]$/u).length >= 2).length >= 3,
  );

  for (let index = 0; index < (options.provinces ?? 8); index++) {
    const pDivision = candidates.splice(rng.int(0, candidates.length - 1), 1)[0];
    const pk = `p${index}`;
    const place = placeOf(pDivision);
    const pName = place.name;
    const base = area(pk, place, "省");
    const cities: Area[] = [];
    const counties: Area[] = [];
    const cityDivisions = rng.sample(
      kids(pDivision, /市$/u).filter((c) => kids(c, /[县区]$/u).length >= 2),
      3,
    );
    for (const [c, cDivision] of cityDivisions.entries()) {
      cities.push(area(pk, placeOf(cDivision), "市"));
      for (const county of rng.sample(kids(cDivision, /[县区]$/u), c === 0 ? 2 : 1)) {
        counties.push(area(pk, placeOf(county), county.name.endsWith("区") ? "区" : "县"));
      }
    }

    const universities: Org[] = [];
    for (const kind of rng.sample(UNIVERSITY_KINDS, 3)) {
      const where = rng.chance(0.5) ? pName : rng.pick(cities).place.name;
      universities.push(org(`${pk}/univ/${where}${kind}`, "university", `${where}${kind}`));
    }
    const hospitals: Org[] = [
      org(`${pk}/hosp/prov`, "hospital", `${place.full}人民医院`, ["省人民医院"], place.code),
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
      pressOffice: org(`${pk}/press`, "agency", `${p}人民政府新闻办公室`, ["省政府新闻办"], place.code),
      commandCentre: org(`${pk}/hq`, "agency", `${p}新型冠状病毒肺炎疫情防控指挥部`, ["省疫情防控指挥部"], place.code),
      universityCommittee: org(`${pk}/gongwei`, "agency", `中共${p}委高校工作委员会`, ["省委高校工委"], place.code),
      examAuthority: org(`${pk}/exam`, "agency", `${p}教育考试院`, ["省教育考试院"], place.code),
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
