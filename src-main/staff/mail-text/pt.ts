// The notice to an account's owner after staff changed it, in Brazilian Portuguese.
import type { AccountChange, AccountNoticeMailText } from '../account-notice-mail';

const CHANGES: Record<AccountChange, string> = {
  unlocked: 'A suspensão (利用中止) foi retirada. Você já pode fazer login de novo.',
  accident_set: 'Foi feito um registro de ocorrência (事故登録) nesta conta. Por isso, no momento não é possível fazer login com ela.',
  accident_cleared: 'O registro de ocorrência (事故登録) foi retirado. Você já pode fazer login de novo.',
  blockade_released: 'O bloqueio por erros repetidos do PIN de confirmação (累積封鎖) foi retirado.',
  pins_reset: 'Seus PINs (暗証番号) foram redefinidos. No próximo login, você mesmo(a) vai definir os novos PINs.',
  password_reset: 'Sua senha voltou a ser a senha inicial (mês e dia do seu nascimento, 4 dígitos). No próximo login, você vai definir uma nova senha.',
};

export default {
  accountNotice: ({ change, loginId }, { systemName }) => ({
    subject: 'A situação da sua conta foi alterada',
    body: [
      `Obrigado por usar ${systemName}.`,
      '',
      `Um funcionário fez a seguinte alteração na sua conta (${loginId}):`,
      '',
      `  ${CHANGES[change]}`,
      '',
      'Se você não reconhece esta alteração, por favor, pergunte no balcão de atendimento.',
      'Este e-mail foi enviado de um endereço que só envia mensagens. Não podemos responder a e-mails enviados para ele.',
    ].join('\n'),
  }),
} satisfies AccountNoticeMailText;
