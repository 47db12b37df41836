import Taro from '@tarojs/taro';
import { routeUrl } from '../../app-shell/route-paths';

const PAGES = {
  'log-visit': 'careLogVisit',
  campaign: 'careCampaign',
  campaigns: 'careCampaigns',
  coverage: 'careCoverage',
  settings: 'careSettings',
} as const;

/** Opens a care page with its query (values encoded). */
export function openCare(page: keyof typeof PAGES, query: Record<string, string> = {}): void {
  const q = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  void Taro.navigateTo({ url: `${routeUrl(PAGES[page])}${q ? `?${q}` : ''}` });
}
