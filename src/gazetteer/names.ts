// How a division's name shortens: 甘肃省 -> 甘肃, 峨边彝族自治县 -> 峨边,
// 香港特别行政区 -> 香港. Shared by the table's generator and the lookups.

/** The minority peoples as autonomous divisions name them (with and without 族). */
const PEOPLES = (
  "蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 " +
  "高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 " +
  "塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 各族"
)
  .split(" ")
  .flatMap((p) => [p, p.replace(/族$/, "")])
  .filter((p) => p.length >= 2);

const SUFFIX = /^(.{2,}?)(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|地区|盟|自治州|自治县|自治旗|县|区|旗|林区|特区)$/u;

/** The name without its administrative suffix and the peoples of an autonomous name; the name itself when that would leave one character (礼县). */
export function shortName(name: string): string {
  const m = SUFFIX.exec(name);
  if (!m) return name;
  let stem = m[1];
  for (let again = true; again; ) {
    again = false;
    for (const people of PEOPLES) {
      if (stem.length > people.length + 1 && stem.endsWith(people)) {
        stem = stem.slice(0, -people.length);
        again = true;
      }
    }
  }
  return stem;
}
