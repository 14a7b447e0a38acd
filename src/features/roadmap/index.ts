export { Roadmap } from './Roadmap';
export { loadRoadmapExportData } from './exportData';
