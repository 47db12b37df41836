import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { gridUnreadList, receiptSummary } from '@types-contract/notices/contracts';
import { useAction, useQuery } from '../../../../lib/cloud';
import { BusyButton } from '../../../../components/busy-button';

/** 阅读情况 for the publisher and staff over the scope; for a grid team member, who in their grid has not read it. */
export function ReceiptPanel({ noticeId }: { noticeId: string }) {
  const summary = useQuery(receiptSummary, { noticeId });
  const unread = useQuery(gridUnreadList, { noticeId });
  const reveal = useAction(gridUnreadList);
  const people = reveal.data?.items ?? unread.data?.items ?? [];
  return (
    <View className="card" data-testid="receipt-panel">
      <Text className="card-title">阅读情况</Text>
      {summary.data ? (
        <View data-testid="receipt-summary">
          <Text className="text-block">
            已读 {summary.data.read} 人 · 未读 {summary.data.unread} 人
          </Text>
          {summary.data.requireAck ? <Text className="text-block">已确认 {summary.data.acked} 人</Text> : null}
          <Text className="muted">统计范围：发布范围内已绑定的退役军人 {summary.data.audience} 人</Text>
        </View>
      ) : summary.error ? (
        <Text className="field-error">{summary.error.message}</Text>
      ) : (
        <Text className="muted">正在统计…</Text>
      )}
      <Button
        className="btn btn-plain btn-small"
        onClick={() => {
          summary.retry();
          unread.retry();
        }}
      >
        刷新
      </Button>
      {unread.data ? (
        <View data-testid="grid-unread">
          <Text className="card-title">
            {unread.data.gridName}未读名单（{people.length}人）
          </Text>
          {people.length === 0 ? <Text className="text-block muted">本网格已全部阅读。</Text> : null}
          {people.map((p, i) => (
            <View key={`${p.name}-${i}`} className="list-item">
              <Text className="text-block">
                {p.name} {p.phone ?? p.phoneMasked ?? '（无电话）'}
              </Text>
              {p.phone ? (
                <Button
                  className="btn btn-primary btn-small"
                  onClick={() => void Taro.makePhoneCall({ phoneNumber: p.phone as string })}
                >
                  拨打
                </Button>
              ) : null}
            </View>
          ))}
          {people.length > 0 && !reveal.data ? (
            <BusyButton
              className="btn btn-plain"
              busy={reveal.loading}
              onClick={() => void reveal.run({ noticeId, reveal: true })}
            >
              显示完整号码以便电话提醒（将记录查看）
            </BusyButton>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
