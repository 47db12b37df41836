import Taro from '@tarojs/taro';

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';

/** H5 (local demo): a plain prompt standing in for WeChat's subscription dialog. */
export async function requestSubscribe(templateIds: string[]): Promise<Record<string, SubscribeAnswer>> {
  const { confirm } = await Taro.showModal({
    title: '订阅消息（演示）',
    content: '允许发送一次政策通知和@提醒吗？在微信中这里是微信的订阅授权弹窗。',
    confirmText: '允许',
    cancelText: '拒绝',
  });
  return Object.fromEntries(templateIds.map((id) => [id, confirm ? 'accept' : 'reject'])) as Record<
    string,
    SubscribeAnswer
  >;
}
