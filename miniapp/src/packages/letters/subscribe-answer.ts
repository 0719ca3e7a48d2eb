/** The template ids accepted in a wx.requestSubscribeMessage answer (`{ [id]: 'accept' | 'reject' | 'ban' }`). */
export function acceptedTemplates(answer: Record<string, unknown> | undefined, asked: readonly string[]): string[] {
  if (!answer) return [];
  return asked.filter((id) => answer[id] === 'accept');
}
