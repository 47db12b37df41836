import '../supervision.css';
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { handleReport, publishProblem, reportDetail, revealReporter } from '@types-contract/supervision/reports';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ReportCard } from '../components/report-card';
import { ReportActions } from '../components/report-actions';
import { Steps } from '../components/steps';
import { BusyButton } from '../../../components/busy-button';

/** One report for the office: photos, steps, what to do next; the head may reveal who filed it. */
export default function ReportPage() {
  const id = useRouter().params.id ?? '';
  const detail = useQuery(reportDetail, { reportId: id });
  const me = useQuery(whoami, {});
  const step = useAction(handleReport);
  const publish = useAction(publishProblem);
  const reveal = useAction(revealReporter);
  const isHead = mayAnywhere(me.data, 'report:reveal');
  const isOffice = mayAnywhere(me.data, 'report:handle');
  useEffect(() => {
    if (step.data || publish.data) detail.retry();
  }, [step.data, publish.data]);
  return (
    <PageShell>
      <QueryView query={detail}>
        {(r) => (
          <>
            <ReportCard report={r} />
            {r.photoUrls.length ? (
              <View className="card photo-row">
                {r.photoUrls.map((url) => (
                  <Image
                    key={url}
                    src={url}
                    mode="aspectFit"
                    className="photo-large"
                    data-testid="report-photo"
                    onClick={() => void Taro.previewImage({ urls: r.photoUrls, current: url })}
                  />
                ))}
              </View>
            ) : null}
            <View className="card">
              <Text className="card-title">办理过程</Text>
              <Steps steps={r.steps} />
            </View>
            {r.publication ? (
              <View className="card">
                <Text className="card-title">已公布到问题清单</Text>
                <Text className="text-block">{r.publication.summary}</Text>
                <Text className="text-block muted">整改措施：{r.publication.measures}</Text>
              </View>
            ) : null}
            {isOffice ? (
              <ReportActions
                report={r}
                busy={step.loading || publish.loading}
                error={step.error ?? publish.error}
                onStep={(s, note) => void step.run({ reportId: r.id, step: s, note })}
                onPublish={(summary, measures) => void publish.run({ reportId: r.id, summary, measures })}
              />
            ) : null}
            {isHead ? (
              <View className="card">
                {reveal.data ? (
                  <Text className="text-block" data-testid="reporter">
                    反映人：{reveal.data.name}（证书 {reveal.data.certificateNo}）
                  </Text>
                ) : (
                  <BusyButton
                    className="btn btn-plain"
                    busy={reveal.loading}
                    onClick={() => void reveal.run({ reportId: r.id })}
                  >
                    查看反映人（仅负责人，会留痕）
                  </BusyButton>
                )}
                {reveal.error ? <Text className="field-error">{reveal.error.message}</Text> : null}
              </View>
            ) : null}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
