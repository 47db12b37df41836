import Taro, { useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { requestDetail } from '@types-contract/requests/follow';
import { RATING_LABELS } from '@types-contract/requests/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { deadlineLines } from '../format';
import { HandlerActions } from '../components/handler-actions';
import { VisitOccasionCard } from '../components/visit-occasion-card';
import { AssignCard } from '../components/assign-card';
import { StatusSteps } from '../components/status-steps';
import { SubmitterActions } from '../components/submitter-actions';
import { TimelineList } from '../components/timeline-list';

/** One request: the plain steps, who handles it now and by when, the answer, what the caller may do, the timeline. */
export default function RequestDetailPage() {
  const { params } = useRouter();
  const detail = useQuery(requestDetail, { id: params.id ?? '' }, { enabled: Boolean(params.id) });
  return (
    <PageShell>
      <QueryView query={detail}>
        {(d) => (
          <View data-testid="request-detail" data-status={d.status} data-version={d.version}>
            <View className="card">
              <Text className="card-title">
                {d.category}
                {d.urgency === 'urgent' ? ' · 紧急' : ''}
              </Text>
              <Text className="muted" data-testid="ref-no">
                诉求编号 {d.refNo}
              </Text>
              <Text className="text-block">{d.description}</Text>
              {d.photoUrls.map((url) => (
                <Image key={url} className="request-photo" src={url} mode="aspectFill" data-testid="request-photo" />
              ))}
              {d.viewer !== 'submitter' ? (
                <Text className="muted">
                  {d.veteranName} · {d.gridName} · {d.contact.methodLabel}
                  {d.contact.phoneMasked ? ` ${d.contact.phoneMasked}` : ''}
                </Text>
              ) : null}
            </View>
            <StatusSteps status={d.status} plain={d.plainStatus} />
            <View className="card" data-testid="handler">
              <Text className="text-block">
                现在由：{d.handler.orgName}
                {d.handler.assigneeName ? ` ${d.handler.assigneeName}` : ''} 办理
              </Text>
              {deadlineLines(d).map((line) => (
                <Text
                  key={line.label}
                  className={line.overdue ? 'text-block request-overdue' : 'text-block'}
                  data-testid="deadline"
                >
                  {line.label}：{line.text}
                </Text>
              ))}
              {d.legacy ? <Text className="muted">已列为历史遗留问题，长期跟踪办理</Text> : null}
              {d.handler.phone ? (
                <Button
                  className="btn btn-plain"
                  onClick={() => void Taro.makePhoneCall({ phoneNumber: d.handler.phone as string })}
                >
                  拨打电话 {d.handler.phone}
                </Button>
              ) : null}
            </View>
            {d.answer ? (
              <View className="card" data-testid="answer">
                <Text className="card-title">答复（{shanghai(d.answeredAt)}）</Text>
                <Text className="text-block">{d.answer}</Text>
                {d.rating ? (
                  <Text className="muted">
                    您的评价：{RATING_LABELS[d.rating]}
                    {d.ratingComment ? `，${d.ratingComment}` : ''}
                  </Text>
                ) : null}
              </View>
            ) : null}
            {d.returnReason ? (
              <View className="card">
                <Text className="card-title">退回原因</Text>
                <Text className="text-block">{d.returnReason}</Text>
              </View>
            ) : null}
            {d.viewer === 'submitter' ? <SubmitterActions detail={d} onChanged={detail.retry} /> : null}
            <HandlerActions detail={d} onChanged={detail.retry} />
            {d.steps.includes('assign') ? <AssignCard detail={d} onChanged={detail.retry} /> : null}
            <VisitOccasionCard detail={d} />
            <TimelineList events={d.timeline} />
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
