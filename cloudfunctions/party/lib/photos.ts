/** The upload folder purpose of meeting photos: `uploads/party-meetings/<openid>/`. */
export const MEETING_PHOTOS = 'party-meetings';
