import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { disburseApplication, listFunds, type ApplicationView } from '@types-contract/assist/applications';
import { DISBURSE_METHODS, type DisburseMethod } from '@types-contract/assist/model';
import { yuan } from '@types-contract/common/money';
import { ChoiceChips } from '../../../components/choice-chips';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorOn } from '../../../lib/cloud';
import { fenFromYuan, yuanText } from '../yuan-input';

/** Records the payment: amount, how, and for a relief case the fund it comes from (balances shown). */
export function DisbursePanel({ app, onDone }: { app: ApplicationView; onDone: (title: string) => void }) {
  const relief = app.kind === 'relief';
  const funds = useQuery(listFunds, {}, { enabled: relief });
  const pay = useAction(disburseApplication);
  const [amount, setAmount] = useState(yuanText(app.approvedFen ?? 0));
  const [method, setMethod] = useState<DisburseMethod | null>(null);
  const [fundId, setFundId] = useState<string | null>(null);
  const fundList = funds.data?.items ?? [];
  const chosenFund = fundId ?? (fundList.length === 1 ? fundList[0].id : null);
  const submit = async () => {
    const done = await pay.run({
      id: app.id,
      amountFen: fenFromYuan(amount),
      method: method as DisburseMethod,
      fundId: relief ? chosenFund : null,
    });
    if (done) {
      onDone('已登记发放');
      funds.retry();
    }
  };
  const err = pay.error;
  const on = (f: string) => errorOn(err, f);
  return (
    <View className="field" data-testid="disburse-panel">
      <TextField
        name="pay-amount"
        label={`发放金额（元），批准 ${yuan(app.approvedFen ?? 0)}`}
        type="number"
        value={amount}
        placeholder="实际发放的金额"
        error={on('amountFen')}
        onChange={setAmount}
      />
      <ChoiceChips
        name="pay-method"
        label="发放方式"
        options={DISBURSE_METHODS}
        value={method}
        error={on('method')}
        onChange={setMethod}
      />
      {relief ? (
        <View className="field" data-testid="fund-picker">
          <Text className="field-label">从哪项救助专项资金支出</Text>
          {funds.data && !fundList.length ? (
            <Text className="text-block muted">
              还没有救助专项资金，请区退役军人事务局先在「补助标准与救助资金」里设立。
            </Text>
          ) : null}
          <View className="chips">
            {fundList.map((f) => (
              <Button
                key={f.id}
                className={`btn btn-small chip ${chosenFund === f.id ? 'btn-primary' : 'btn-plain'}`}
                data-testid={`fund-option-${f.id}`}
                onClick={() => setFundId(f.id)}
              >
                {f.name}（余额 {yuan(f.balanceFen)}）
              </Button>
            ))}
          </View>
          {on('fundId') ? (
            <Text className="field-error" data-testid="error-fundId">
              {on('fundId')}
            </Text>
          ) : null}
        </View>
      ) : null}
      {err && !['amountFen', 'method', 'fundId'].includes(err.field ?? '') ? (
        <Text className="field-error" data-testid="panel-error">
          {err.message}
        </Text>
      ) : null}
      <Button className="btn btn-primary" data-testid="disburse" disabled={pay.loading} onClick={() => void submit()}>
        登记发放
      </Button>
    </View>
  );
}
