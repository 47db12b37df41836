import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listFundMovements, topUpFund, type FundView } from '@types-contract/assist/funds';
import { yuan } from '@types-contract/common/money';
import { QueryView } from '../../../app-shell/query-view';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorOn } from '../../../lib/cloud';
import { fullDate } from '../../../lib/time/format';
import { fenFromYuan } from '../yuan-input';

/** One relief fund: balance, paid, a top-up with a note, and its movements (top-ups and payments). */
export function FundCard({ fund, onChanged }: { fund: FundView; onChanged: () => void }) {
  const moves = useQuery(listFundMovements, { fundId: fund.id });
  const topUp = useAction(topUpFund);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const on = (f: string) => errorOn(topUp.error, f);
  const submit = async () => {
    if (await topUp.run({ fundId: fund.id, amountFen: fenFromYuan(amount), note })) {
      void Taro.showToast({ title: '已注入资金', icon: 'success' });
      setAmount('');
      setNote('');
      moves.retry();
      onChanged();
    }
  };
  return (
    <View className="card" data-testid={`fund-card-${fund.id}`}>
      <Text className="card-title">{fund.name}</Text>
      <Text className="text-block" data-testid="fund-balance">
        余额：{yuan(fund.balanceFen)}
      </Text>
      <Text className="text-block">
        累计发放：{yuan(fund.paidFen)}　累计注入：{yuan(fund.toppedUpFen)}
      </Text>
      <TextField
        name="topup-amount"
        label="注入金额（元）"
        type="number"
        value={amount}
        placeholder="例如 500000"
        error={on('amountFen')}
        onChange={setAmount}
      />
      <TextField
        name="topup-note"
        label="备注（资金来源、文号）"
        value={note}
        placeholder="例如：区财政拨付 香财〔2025〕12号"
        error={on('note')}
        onChange={setNote}
      />
      {topUp.error && !topUp.error.field ? <Text className="field-error">{topUp.error.message}</Text> : null}
      <Button className="btn btn-plain" data-testid="topup" disabled={topUp.loading} onClick={() => void submit()}>
        注入资金
      </Button>
      <Text className="field-label">资金收支记录</Text>
      <QueryView query={moves}>
        {({ items }) =>
          items.length ? (
            items.map((m) => (
              <View key={m.id} className="history-item" data-testid="fund-movement">
                <Text className="text-block">
                  {m.kindLabel} {m.kind === 'topup' ? '+' : '−'}
                  {yuan(m.amountFen)}，余额 {yuan(m.balanceAfterFen)}
                </Text>
                <Text className="text-block muted">
                  {fullDate(m.at)} · {m.byName}
                  {m.note ? ` · ${m.note}` : ''}
                </Text>
              </View>
            ))
          ) : (
            <Text className="text-block muted">还没有收支记录。</Text>
          )
        }
      </QueryView>
    </View>
  );
}
