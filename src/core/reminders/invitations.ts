/** Message keys of the reminder invitations; the worker takes them in turn so none repeats soon. */
export const invitations = [
  'invitationShoulders',
  'invitationThreeBreaths',
  'invitationKindWord',
  'invitationLookAway',
  'invitationFeetOnFloor',
  'invitationHandOnHeart',
  'invitationNoticeFeeling',
  'invitationSoftenJaw',
  'invitationGoodFriend',
  'invitationStretch',
  'invitationWater',
  'invitationEnoughForNow',
  'invitationSlowExhale',
  'invitationWhatMatters',
] as const;

export type InvitationKey = (typeof invitations)[number];

export function invitationAt(index: number | undefined): InvitationKey {
  const safe = index === undefined || !Number.isInteger(index) || index < 0 ? 0 : index % invitations.length;
  return invitations[safe] ?? invitations[0];
}
