// The roadmap as the exporters need it, read through the repositories.
import { repositories } from '../../db';
import { roadmapRepository } from '../../db/roadmapAccess';
import { dayOf } from '../../domain/dates';
import { buildRoadmapExportData } from '../../domain/roadmap/exportData';
import type { ExportOptions, RoadmapExportData } from '../../domain/roadmap/types';
import { ensureLocale, translate, type Locale } from '../../i18n/translate';
import { memberName } from '../../ui/memberName';
import { stageDisplayName } from '../../ui/stageName';

/**
 * Loads one product's roadmap and resolves it for export: lanes in
 * `options.laneIds` order, initiatives overlapping [from, to] (undated ones
 * always), names in `locale` (default stage names included), progress and
 * horizons relative to `today`.
 */
export async function loadRoadmapExportData(
  productId: string,
  options: Pick<ExportOptions, 'from' | 'to' | 'laneIds' | 'includeRequirements' | 'locale'>,
  locale: Locale = options.locale,
  today: string = dayOf(new Date()),
): Promise<RoadmapExportData> {
  await ensureLocale(locale);
  const [product, lanes, initiatives, stages, members] = await Promise.all([
    repositories.products.getProduct(productId),
    roadmapRepository.listLanes(productId),
    roadmapRepository.listInitiatives(productId),
    repositories.stages.listStages(productId),
    repositories.products.listMembersWithRemoved(productId),
  ]);
  if (!product) throw new Error(`Product ${productId} does not exist`);
  const requirements = await roadmapRepository.listLinkedRequirements(initiatives.map((i) => i.id));
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  return buildRoadmapExportData({
    product,
    lanes,
    initiatives,
    requirements,
    stages,
    // A removed owner still owns the initiative: named "(removed)" rather than dropped.
    members: members.map((m) => ({ ...m, name: memberName(m, t) })),
    options,
    stageName: (stage) => stageDisplayName(stage, t),
    today,
    generatedAt: new Date().toISOString(),
  });
}
