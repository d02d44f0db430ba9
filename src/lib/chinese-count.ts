// A count as a Chinese reader expects it in running text: 五篇, 十二个, and past 99 digits (2504 个).

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals; larger counts (and 0) in digits, followed by a space before the measure word. */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return `${n} `;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`}${ones === 0 ? '' : digits[ones]}`;
}
