/** A feedback comment as the API answers it. */
export function feedbackCommentView(comment: {
  id: string;
  studentId: string;
  authorId: string;
  annotationId: string | null;
  mapNodeId: string | null;
  body: string;
  createdAt: Date;
  author: { name: string };
}) {
  return {
    id: comment.id,
    studentId: comment.studentId,
    author: { id: comment.authorId, name: comment.author.name },
    annotationId: comment.annotationId,
    mapNodeId: comment.mapNodeId,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
  };
}
export type FeedbackCommentView = ReturnType<typeof feedbackCommentView>;
