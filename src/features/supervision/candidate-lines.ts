/** One candidate per line, "报名编号 姓名 结论" separated by spaces, commas or tabs (pasted from Excel). */
export function parseCandidateLines(text: string): { candidateNo: string; name: string; result: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [candidateNo = '', name = '', ...rest] = line.split(/[\s,，\t]+/);
      return { candidateNo, name, result: rest.join(' ') };
    });
}
