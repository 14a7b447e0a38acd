// Where the Export dialog gets the roadmap: all of it (every lane, every date,
// linked requirements), resolved in the UI language. The exporters filter by
// the options the PM picks, so one load serves every format and preview.
import { roadmapRepository } from '../../../db/roadmapAccess';
import type { RoadmapExportData } from '../../../domain/roadmap/types';
import { usePreferences } from '../../../state/preferences';
import { loadRoadmapExportData as loadRoadmap } from '../exportData';

export type LoadExportData = (productId: string) => Promise<RoadmapExportData>;

export const loadRoadmapExportData: LoadExportData = async (productId) => {
  const lanes = await roadmapRepository.listLanes(productId);
  return loadRoadmap(productId, {
    from: '0000-01-01',
    to: '9999-12-31',
    laneIds: lanes.map((lane) => lane.id),
    includeRequirements: true,
    locale: usePreferences.getState().locale,
  });
};
