import { Text, View } from '@tarojs/components';
import type { SupervisorCard as Card } from '@types-contract/supervision/appointments';

/** The certificate a supervisor shows at a site (持证上岗). */
export function SupervisorCertificate({ card }: { card: Card }) {
  return (
    <View className="card certificate" data-testid="supervisor-card">
      <Text className="certificate-title">{card.typeLabel}证</Text>
      <Text className="certificate-name">{card.name}</Text>
      <Text className="text-block">证书编号：{card.certificateNo}</Text>
      <Text className="text-block">监督单位：{card.bodyName}</Text>
      <Text className="text-block">
        任期：{card.termStart} 至 {card.termEnd}
      </Text>
      <Text className="text-block">监督员协议：{card.agreementSigned ? '已签订' : '未签订'}</Text>
      <Text className={`text-block ${card.canFile ? 'ok-text' : 'warn-text'}`}>
        {card.canFile
          ? '任期内，持证上岗'
          : card.agreementSigned
            ? '不在任期内：可以查看，不能提交'
            : '请先签订监督员协议'}
      </Text>
    </View>
  );
}
