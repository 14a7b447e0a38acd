// English strings of the card extras (score, feedback count); they load after the board paints.
export const cardsEn = {
  'card.presence.open': '{name} has this open',
  'card.presence.unnamed': 'Someone',
  'card.feedback.one': '1 feedback item',
  'card.feedback.other': '{count} feedback items',
  'card.score': '{framework} {value}',
  'card.notScored': 'not scored',
  'card.aging': 'Aging · {days} d',
  'card.agingLabel':
    'Aging: in progress for {days} days; 85% of finished items had left {stage} by day {p85} (its P85)',
  'card.agingLabelOverall':
    'Aging: in progress for {days} days, older than 85% of finished items (P85 cycle time {p85} days; {stage} has too little history of its own)',
  'score.moscow.must': 'Must have',
  'score.moscow.should': 'Should have',
  'score.moscow.could': 'Could have',
  'score.moscow.wont': 'Won’t have',
  'score.kano.must-be': 'Must-be',
  'score.kano.one-dimensional': 'One-dimensional',
  'score.kano.attractive': 'Attractive',
  'score.kano.indifferent': 'Indifferent',
  'score.kano.reverse': 'Reverse',
} as const;
