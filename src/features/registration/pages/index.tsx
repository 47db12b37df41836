import Taro from '@tarojs/taro';
import { PageShell } from '../../../app-shell/page-shell';
import { ErrorView } from '../../../app-shell/error-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { RegistrationForm } from '../components/registration-form';
import { GridPicker } from '../components/grid-picker';
import { RegistrationResult } from '../components/registration-result';
import { useRegistration } from '../use-registration';
import { useGridPicker } from '../../../components/org-picker/use-grid-picker';

/** 退役军人登记: form → (no match) grid picker → 已绑定 / 待网格员确认. */
export default function RegistrationPage() {
  const flow = useRegistration();
  const picker = useGridPicker(flow.step.step === 'pickGrid');
  const goHome = () => void Taro.reLaunch({ url: routeUrl('home') });
  const generalError = flow.error && !flow.error.field ? flow.error : undefined;

  return (
    <PageShell>
      {flow.step.step === 'form' ? (
        <RegistrationForm
          values={flow.values}
          fieldErrors={flow.fieldErrors}
          submitting={flow.submitting}
          onChange={flow.change}
          onPhoneProof={flow.setPhoneProof}
          onSubmit={() => void flow.submit()}
        />
      ) : null}
      {flow.step.step === 'pickGrid' ? (
        <GridPicker
          choice={picker.choice}
          streets={picker.streets}
          communities={picker.communities}
          grids={picker.grids}
          submitting={flow.submitting}
          onStreet={picker.chooseStreet}
          onCommunity={picker.chooseCommunity}
          onGrid={picker.chooseGrid}
          onSubmit={() => void flow.submit(picker.choice.grid?.id)}
          onBack={flow.back}
        />
      ) : null}
      {flow.step.step === 'done' ? <RegistrationResult result={flow.step.result} onHome={goHome} /> : null}
      {generalError ? (
        <ErrorView error={generalError} onRetry={() => void flow.submit(picker.choice.grid?.id)} />
      ) : null}
    </PageShell>
  );
}
