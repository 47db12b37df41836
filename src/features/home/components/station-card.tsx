import { Button, Text, View } from '@tarojs/components';
import type { ServiceStation } from '@types-contract/org/model';

interface StationCardProps {
  communityName: string;
  station: ServiceStation | null;
  onCall: (phone: string) => void;
}

/** The community's veteran service station that the grid works under. */
export function StationCard({ communityName, station, onCall }: StationCardProps) {
  return (
    <View className="card" data-testid="station-card">
      <Text className="card-title">退役军人服务站</Text>
      {station ? (
        <View>
          <Text className="text-block">{station.name}</Text>
          <Text className="text-block muted">地址：{station.address}</Text>
          <Button className="btn btn-plain" onClick={() => onCall(station.phone)}>
            拨打服务站电话 {station.phone}
          </Button>
        </View>
      ) : (
        <Text className="text-block muted">{communityName}的服务站信息暂未登记。</Text>
      )}
    </View>
  );
}
