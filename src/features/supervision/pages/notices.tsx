import '../supervision.css';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { listNotices, type NoticeView } from '@types-contract/supervision/recruitment';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { supervisionUrl } from '../routes';

const PHASE: Record<NoticeView['phase'], string> = { upcoming: '未开始', open: '公示中', completed: '公示期满' };

function NoticeCard({ notice }: { notice: NoticeView }) {
  return (
    <View className="card" data-testid="notice-card">
      <View className="row">
        <Text className="card-title">{notice.title}</Text>
        <Text className={`badge badge-${notice.phase}`}>{PHASE[notice.phase]}</Text>
      </View>
      <Text className="text-block muted">
        {notice.stageLabel} · 公示期 {notice.publicityStart} 至 {notice.publicityEnd} · 共{notice.candidates.length}人
      </Text>
      {notice.candidates.map((c) => (
        <View key={c.candidateNo} className="list-item">
          <Text>
            {c.candidateNo} {c.displayName}
          </Text>
          <Text className="muted">{c.result}</Text>
        </View>
      ))}
    </View>
  );
}

/** The recruitment notices (公示); the office also publishes from here. */
export default function NoticesPage() {
  const me = useQuery(whoami, {});
  const notices = useQuery(listNotices, {});
  const isOffice = mayAnywhere(me.data, 'recruitment:manage');
  return (
    <PageShell>
      {isOffice ? (
        <View className="card">
          <Button
            className="btn btn-primary"
            onClick={() => void Taro.navigateTo({ url: supervisionUrl('publishNotice') })}
          >
            发布公示
          </Button>
        </View>
      ) : null}
      <QueryView query={notices}>
        {({ items }) =>
          items.length ? (
            items.map((n) => <NoticeCard key={n.id} notice={n} />)
          ) : (
            <View className="card">
              <Text>暂无公示</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
