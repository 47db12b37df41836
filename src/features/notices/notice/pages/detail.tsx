import { useEffect, useRef } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { markNoticeRead, noticeDetail, withdrawNotice } from '@types-contract/notices/contracts';
import { PageShell } from '../../../../app-shell/page-shell';
import { QueryView } from '../../../../app-shell/query-view';
import { useAction, useQuery } from '../../../../lib/cloud';
import { day, shortDate } from '../../../../lib/time/format';
import { EditNoticeCard } from '../components/edit-notice-card';
import { ReceiptPanel } from '../components/receipt-panel';
import { BusyButton } from '../../../../components/busy-button';

/** One notice: read it (recorded once), acknowledge it when 需确认; publishers see who read it and may withdraw. */
export default function NoticeDetailPage() {
  const noticeId = useRouter().params.id ?? '';
  const detail = useQuery(noticeDetail, { noticeId }, { enabled: Boolean(noticeId) });
  const read = useAction(markNoticeRead);
  const withdraw = useAction(withdrawNotice);
  const marked = useRef(false);
  const n = detail.data;
  useEffect(() => {
    if (n && n.unread && !marked.current) {
      marked.current = true;
      void read.run({ noticeId });
    }
  }, [n, noticeId, read]);
  const acked = read.data?.acked || n?.acked;
  const onWithdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回通知',
      content: '撤回后所有人都将看不到这条通知，确定撤回吗？',
    });
    if (confirm && (await withdraw.run({ noticeId }))) detail.retry();
  };
  return (
    <PageShell>
      <QueryView query={detail}>
        {(d) => (
          <>
            <View className="card" data-testid="notice-detail">
              <Text className="tag">{d.category}</Text>
              <Text className="card-title">{d.title}</Text>
              <Text className="muted" style={{ display: 'block' }}>
                {d.publisherLabel} {d.publisherName} · {shortDate(d.createdAt)}
                {d.revision > 1 && d.editedAt ? ` · 已修改（第${d.revision}版，${shortDate(d.editedAt)}）` : ''}
                {d.editedBy ? ` · 由${d.editedBy}修改` : ''}
              </Text>
              <Text className="muted" style={{ display: 'block' }}>
                发布范围：{d.scopeName} · 有效期至 {day(d.expiresAt)}
                {d.expired ? '（已过期）' : ''}
              </Text>
              {!d.withdrawn ? (
                <Text className="text-block" style={{ whiteSpace: 'pre-wrap', marginTop: '8px' }}>
                  {d.body}
                </Text>
              ) : null}
              {d.images.map((img, i) => (
                <Image
                  key={img.fileId}
                  className="notice-image"
                  data-testid="notice-image"
                  src={img.url}
                  mode="widthFix"
                  onClick={() => void Taro.previewImage({ current: img.url, urls: d.images.map((x) => x.url) })}
                  ariaLabel={`通知图片${i + 1}，点击查看大图`}
                />
              ))}
              {d.images.length ? <Text className="muted">点击图片可查看大图</Text> : null}
            </View>
            {d.requireAck && !d.withdrawn && !d.mine ? (
              <View className="card">
                {acked ? (
                  <Text className="text-block" data-testid="acked">
                    您已确认收到本通知。
                  </Text>
                ) : (
                  <BusyButton
                    className="btn btn-primary"
                    busy={read.loading}
                    onClick={() => void read.run({ noticeId, ack: true })}
                  >
                    确认已读（需确认）
                  </BusyButton>
                )}
                {read.error ? <Text className="field-error">{read.error.message}</Text> : null}
              </View>
            ) : null}
            {d.canSeeReceipts && !d.withdrawn ? <ReceiptPanel noticeId={noticeId} /> : null}
            {d.canEdit ? (
              <View className="card">
                {!d.withdrawn ? <EditNoticeCard notice={d} onSaved={detail.retry} /> : null}
                <BusyButton className="btn btn-plain" busy={withdraw.loading} onClick={() => void onWithdraw()}>
                  撤回通知
                </BusyButton>
                {withdraw.error ? <Text className="field-error">{withdraw.error.message}</Text> : null}
              </View>
            ) : null}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
