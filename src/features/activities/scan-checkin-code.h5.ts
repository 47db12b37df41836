/** H5 has no camera scan: the attendee types the six digits shown on the organiser's phone. */
export async function scanCheckinCode(): Promise<string | null> {
  return null;
}

export const CAN_SCAN = false;
