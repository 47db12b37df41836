import { Button, Text, View } from '@tarojs/components';
import type { RegisterResult } from '@types-contract/account/register';

interface RegistrationResultProps {
  result: Exclude<RegisterResult, { status: 'needs_grid' }>;
  onHome: () => void;
}

export function RegistrationResult({ result, onHome }: RegistrationResultProps) {
  const bound = result.status === 'bound';
  return (
    <View className="card" data-testid="registration-result" data-status={result.status}>
      <Text className="card-title">{bound ? '已绑定档案' : '待网格员确认'}</Text>
      {bound ? (
        <Text className="text-block">您已绑定到「{result.gridName}」的档案，可以查看您的网格和网格员了。</Text>
      ) : (
        <Text className="text-block">
          您的登记已提交到「{result.gridName}」。
          {result.matchKind === 'id_name' ? '找到了与您姓名和身份证号相符的档案，' : ''}
          网格员核实确认后即可使用全部功能，请留意网格员的联系。
        </Text>
      )}
      <Button className="btn btn-primary" onClick={onHome}>
        {bound ? '进入首页' : '返回首页'}
      </Button>
    </View>
  );
}
