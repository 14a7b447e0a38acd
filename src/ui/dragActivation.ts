// When a press becomes a drag, the same on every dnd-kit surface (issue 18): a
// mouse lifts after 5 px, a finger after a short still press, so a swipe still
// scrolls the list under it and a tap still opens.
export const MOUSE_ACTIVATION = { activationConstraint: { distance: 5 } };
export const TOUCH_ACTIVATION = { activationConstraint: { delay: 200, tolerance: 8 } };
