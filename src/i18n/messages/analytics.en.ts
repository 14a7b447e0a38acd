export const analyticsEn = {
  'analytics.title': 'Analytics',
};
