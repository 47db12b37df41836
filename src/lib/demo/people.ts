import { CloudError, networkError } from '../cloud/cloud-error';

/** A seeded demo person the local cloud offers at sign-in (`GET /demo/people`). */
export interface DemoPerson {
  openid: string;
  label: string;
  role: string;
  description: string;
}

export const DEMO_PEOPLE_PATH = '/demo/people';

export async function fetchDemoPeople(): Promise<DemoPerson[]> {
  let response: Response;
  try {
    response = await fetch(DEMO_PEOPLE_PATH, { headers: { accept: 'application/json' } });
  } catch {
    throw networkError();
  }
  if (!response.ok)
    throw response.status >= 502 ? networkError() : new CloudError('INTERNAL', '演示身份列表暂时无法获取');
  const body = (await response.json()) as unknown;
  const list = Array.isArray(body) ? body : (body as { people?: unknown })?.people;
  if (!Array.isArray(list)) throw new CloudError('INTERNAL', '演示身份列表格式不正确');
  return list.filter((p): p is DemoPerson => Boolean(p && typeof p.openid === 'string' && typeof p.label === 'string'));
}
