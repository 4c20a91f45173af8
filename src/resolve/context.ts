// What one article's relative names mean: 省 is the article's province; 市 its
// city (a county-level city's own, a county's parent), or in a provincial
// article the city last named before; 县 and 区 the article's county, or the
// county last named. Built once per article from its region and the divisions
// its text names. Pure.
import type { SourceRegion } from "../graph/contract";
import { atLevel, division, isCountyLevelCity, isWithin, namedDivisions, type Division } from "../gazetteer/index";
import type { RelativeWord } from "./names";

interface Named {
  at: number;
  d: Division;
}

export class ArticleContext {
  readonly region: Division | undefined;
  readonly province: Division | undefined;
  /** Divisions the text names, in order, each read inside the article's province when its name is ambiguous. */
  private readonly named: Named[] = [];

  constructor(region: SourceRegion | undefined, simplified: string) {
    this.region = region ? division(region.code) : undefined;
    this.province = this.region ? atLevel(this.region.code, 1) : undefined;
    for (const n of namedDivisions(simplified)) {
      const ds = this.province && n.divisions.length > 1 ? n.divisions.filter((d) => isWithin(d.code, this.province!.code)) : n.divisions;
      if (ds.length === 1) this.named.push({ at: n.start, d: ds[0] });
    }
  }

  /** The division a relative word stands for at this offset, or undefined when the article does not tell. */
  resolve(word: RelativeWord, offset: number): Division | undefined {
    const r = this.region;
    if (!r) return undefined;
    switch (word) {
      case "省":
        return this.province;
      case "市":
        // 北京市, 上海市 …: a municipality is its own city.
        if (this.province?.name.endsWith("市")) return this.province;
        if (r.level === 2) return r;
        if (r.level === 3) return isCountyLevelCity(r) ? r : atLevel(r.code, 2);
        return this.lastNamedBefore(offset, (d) => d.level === 2 || isCountyLevelCity(d));
      case "县":
      case "区":
        if (r.level === 3) return r;
        return this.lastNamedBefore(offset, (d) => d.level === 3 && d.name.endsWith(word));
      case "特区":
        return this.province?.name.endsWith("特别行政区") ? this.province : undefined;
      case "州":
        return r.level >= 2 && atLevel(r.code, 2)?.name.endsWith("州") ? atLevel(r.code, 2) : undefined;
    }
  }

  private lastNamedBefore(offset: number, ok: (d: Division) => boolean): Division | undefined {
    const r = this.region!;
    for (let i = this.named.length - 1; i >= 0; i--) {
      const n = this.named[i];
      if (n.at < offset && ok(n.d) && isWithin(n.d.code, r.code)) return n.d;
    }
    return undefined;
  }
}
