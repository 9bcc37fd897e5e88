/**
 * The maturity self-test's four questions (the API scores the answers but has no wording): each
 * answer a=1 … d=4 points; the first three offer a-c, the last a-d.
 */
export const SELF_TEST_QUESTIONS = [
  {
    question: 'When a customer has a problem, you:',
    answers: [
      { key: 'a', text: 'Wait for the customer to complain.' },
      { key: 'b', text: 'Solve the problem and apologize.' },
      { key: 'c', text: 'Prevent the problem from happening.' },
    ],
  },
  {
    question: 'When a customer complains, your position is that:',
    answers: [
      { key: 'a', text: 'The customer may be to blame.' },
      { key: 'b', text: 'We must correct the mistake.' },
      {
        key: 'c',
        text: 'We must correct the mistake and find out how to keep it from happening again.',
      },
    ],
  },
  {
    question: 'When you recognize that a problem may occur, you:',
    answers: [
      { key: 'a', text: 'Deal with it case by case to keep costs under control.' },
      {
        key: 'b',
        text: 'Plan how to handle the problem when it occurs, including any service recovery needed.',
      },
      {
        key: 'c',
        text: 'Study the risks, build a solution and do everything possible to keep the problem from happening.',
      },
    ],
  },
  {
    question: 'The best approach to building a positive customer experience is to:',
    answers: [
      { key: 'a', text: "Follow the customer's lead." },
      {
        key: 'b',
        text: "Go out of your way to build a positive experience and show you understand the customer's needs.",
      },
      {
        key: 'c',
        text: 'Work with others in the organization to create a seamless, superior experience.',
      },
      {
        key: 'd',
        text: 'Take the initiative with customers, colleagues and partners to give outstanding service and foster retention, loyalty, influence and enthusiasm.',
      },
    ],
  },
] as const;
