import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { createFund } from '@types-contract/assist/funds';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';

/** Opens a relief fund of the district (empty; money comes by top-ups): open while it has none, behind a button after. */
export function NewFundCard({ first, onCreated }: { first: boolean; onCreated: () => void }) {
  const create = useAction(createFund);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(first);
  const submit = async () => {
    if (await create.run({ name })) {
      void Taro.showToast({ title: '已设立', icon: 'success' });
      setName('');
      setOpen(first);
      onCreated();
    }
  };
  if (!open) {
    return (
      <View className="card">
        <Button className="btn btn-plain" data-testid="open-new-fund" onClick={() => setOpen(true)}>
          设立新的救助专项资金
        </Button>
      </View>
    );
  }
  return (
    <View className="card" data-testid="new-fund-card">
      <Text className="card-title">设立救助专项资金</Text>
      <Text className="text-block muted">
        {first ? '本区还没有救助专项资金。' : ''}
        设立后余额为0，通过「注入资金」入账；发放救助时从中支出，余额不会出现负数。
      </Text>
      <TextField
        name="fund-name"
        label="资金名称"
        value={name}
        placeholder="例如：香洲区退役军人救助专项资金"
        error={create.error?.message}
        onChange={setName}
      />
      <Button
        className="btn btn-primary"
        data-testid="create-fund"
        disabled={create.loading}
        onClick={() => void submit()}
      >
        设立
      </Button>
    </View>
  );
}
