// opencc-js ships its dictionaries as untyped modules ("a b|c d" strings).
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
