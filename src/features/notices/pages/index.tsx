import { PageShell } from '../../../app-shell/page-shell';
import { ComingSoon } from '../../../app-shell/coming-soon';

/** 通知: policy notices from the grid, street and district. Not built yet. */
export default function NoticesPage() {
  return (
    <PageShell>
      <ComingSoon title='通知公告' description='街道、社区和网格发布的政策通知，未读的会有提示。' />
    </PageShell>
  );
}
