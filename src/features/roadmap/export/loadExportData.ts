// Where the Export dialog gets the roadmap. The roadmap data layer (lanes and
// initiatives in Dexie) is built on another branch; at merge this default is
// replaced by the real loader from src/db, which resolves ids to names and
// derives each initiative's progress (see RoadmapExportData).
import type { RoadmapExportData } from '../../../domain/roadmap/types';

/** Everything of one product's roadmap (all lanes, initiatives and linked requirements); the exporters filter. */
export type LoadExportData = (productId: string) => Promise<RoadmapExportData>;

export const loadRoadmapExportData: LoadExportData = async () => {
  throw new Error('the roadmap is not connected to the export yet');
};
