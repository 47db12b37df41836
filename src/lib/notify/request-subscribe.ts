import Taro from '@tarojs/taro';

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';

/** weapp: WeChat's own prompt; must run inside a tap handler. Answers by template id. */
export async function requestSubscribe(templateIds: string[]): Promise<Record<string, SubscribeAnswer>> {
  const res = (await Taro.requestSubscribeMessage({
    tmplIds: templateIds,
    entityIds: [],
  } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
  const out: Record<string, SubscribeAnswer> = {};
  for (const id of templateIds)
    out[id] = (['accept', 'reject', 'ban', 'filter'].includes(res[id]) ? res[id] : 'reject') as SubscribeAnswer;
  return out;
}
