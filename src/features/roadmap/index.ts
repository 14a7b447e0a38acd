export { Roadmap } from './Roadmap';
export { loadRoadmapExportData } from './exportData';
export { markdownToPdf } from './markdownToPdf';
