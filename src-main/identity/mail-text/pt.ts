// The identity mails (seed 004) in Brazilian Portuguese, translated from ja.ts.
import { formatDateTime } from '../../../src-shared/localized-date';
import type { IdentityMailText } from '../mails';

export default {
  xidRegistered: ({ name, userKey, providerName }, { systemName }) => ({
    subject: `Cadastro com ${providerName} concluído`,
    body: `Prezado(a) ${name},

Seu cadastro de usuário em ${systemName} foi concluído com a confirmação de identidade pelo ${providerName}.
Sua chave de usuário (利用者キー) está abaixo. Guarde-a bem.

  Chave de usuário: ${userKey}

Da próxima vez, toque em “Entrar com ${providerName}” no terminal e leia o QR code com o app ${providerName}
do seu smartphone. É só isso para fazer login.

No cadastro pelo ${providerName} não foi definida nenhuma senha. Para entrar com e-mail e senha,
primeiro use “Redefinir senha” e defina uma senha com o código de redefinição que será enviado
para este endereço de e-mail.

Se você não reconhece este e-mail, por favor, avise o balcão de atendimento.
`,
  }),
  xidLinked: ({ name, userKey, providerName, at }) => ({
    subject: `Sua conta foi vinculada ao ${providerName}`,
    body: `Prezado(a) ${name},

A conta da chave de usuário (利用者キー) ${userKey} foi vinculada ao ${providerName} (${formatDateTime(at, 'pt')}, horário do Japão).
A partir de agora, você também pode fazer login com “Entrar com ${providerName}”.

Se não foi você que fez isso, avise imediatamente o balcão de atendimento.
`,
  }),
  passwordResetCode: ({ code, validMinutes, expiresAt }) => ({
    subject: 'Seu código de redefinição de senha',
    body: `Recebemos um pedido para redefinir sua senha.
Na tela “Redefinir senha” do terminal, digite o código de redefinição abaixo e a nova senha.

  Código de redefinição: ${code}

Este código vale por ${validMinutes} minutos (até ${formatDateTime(expiresAt, 'pt')}, horário do Japão) e só pode ser usado uma vez.
Se você pedir um novo código, este deixa de valer.

Se você não fez este pedido, apague este e-mail. Sua senha continua a mesma.
`,
  }),
  passwordChanged: ({ name, at }) => ({
    subject: 'Sua senha foi redefinida',
    body: `Prezado(a) ${name},

A senha para fazer login com este endereço de e-mail foi redefinida (${formatDateTime(at, 'pt')}, horário do Japão).
A partir de agora, faça login com seu e-mail e a nova senha.

Se não foi você que fez isso, avise imediatamente o balcão de atendimento.
`,
  }),
} satisfies IdentityMailText;
