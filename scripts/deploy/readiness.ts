import { checkReadiness } from '../readiness';

/**
 * The readiness check (issue "Works on WeChat Cloud, not only here") on the functions about to be deployed:
 * a timeout in every config.json, an openapi permission for every openapi call in a bundle, well-formed
 * timer triggers. The query-shape part needs a test run's recording and is checked by `npm test`.
 */
export const READINESS = 'scripts/readiness.ts (checkReadiness)';

/** Throws, listing the problems, when a function is not ready for WeChat Cloud. */
export function runReadiness(functionsDir: string): void {
  const problems = checkReadiness({ functionsDir });
  if (problems.length) {
    const list = problems.map((p) => `  - ${p.subject}: ${p.message}`).join('\n');
    throw new Error(`上线前检查未通过，按下列问题修好再部署：\n${list}`);
  }
}
