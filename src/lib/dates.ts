/** An ISO date (2024-11-19) as readers write it (2024年11月19日). */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
