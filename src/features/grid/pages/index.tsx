import { PageShell } from '../../../app-shell/page-shell';
import { ComingSoon } from '../../../app-shell/coming-soon';

/** 网格: the grid group (网格群). Not built yet. */
export default function GridPage() {
  return (
    <PageShell>
      <ComingSoon title='网格群' description='网格员发布的政策和消息、置顶公告，以及与本网格退役军人的交流将在这里进行。' />
    </PageShell>
  );
}
