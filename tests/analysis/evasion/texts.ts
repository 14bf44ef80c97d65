/**
 * Listings for the evasion suite, written for it: scams of many kinds that must be rated high
 * risk by the rules alone, and genuine listings with safety notices that must not be.
 */

export interface Listing {
  name: string;
  url?: string;
  title?: string;
  text: string;
}

export const SCAMS: readonly Listing[] = [
  // Upfront fees.
  {
    name: 'registration fee for a rating job',
    text: 'Remote AI rating assistant wanted. Before your first shift you pay the registration fee of $45 through our portal. Work from any phone.',
  },
  {
    name: 'activation fee refunded later',
    text: 'Welcome to the annotation team! Your account needs an activation fee of 30 USD, refunded with your first salary. Tasks start tomorrow.',
  },
  {
    name: 'training package',
    text: 'Our prompt writers complete a short course first. The training package costs $120 and you keep the certificate forever.',
  },
  {
    name: 'one-time starter kit',
    text: 'Earn from home labeling photos. Order the starter kit today so we can ship your login card and headset.',
  },
  {
    name: 'buy the certification',
    text: 'To qualify as a senior evaluator you must purchase the evaluator certification from our partner site before onboarding.',
  },
  {
    name: 'refundable deposit to secure a place',
    text: 'Only ten seats left in this data labeling batch. Secure your spot with a small refundable deposit today.',
  },
  // Task scams: deposits, withdrawal fees, levels, combination orders.
  {
    name: 'recharge to unlock withdrawals',
    text: 'Complete 40 app reviews a day. When a premium order appears, recharge your balance to unlock the next set and withdraw your commission.',
  },
  {
    name: 'withdrawal fee',
    text: 'Your earnings of 380 USDT are ready. A withdrawal fee applies before the funds are released to your wallet.',
  },
  {
    name: 'VIP levels',
    text: 'Members at VIP 2 earn twice the commission per task. Upgrade today and finish more orders every evening.',
  },
  {
    name: 'combination orders',
    text: 'Sometimes the system assigns combination orders with a bigger reward. Clear the negative balance and your profit is paid out.',
  },
  {
    name: 'minimum deposit',
    text: 'Product boosting work, flexible hours. The minimum deposit to start is 100 dollars, returned with your first payout.',
  },
  {
    name: 'account reset',
    text: 'You have finished today. To begin another set, request an account reset from your mentor and top up your wallet.',
  },
  // Fake checks and equipment.
  {
    name: 'check for equipment',
    text: 'Congratulations on your new role. We will mail you a check so you can buy your laptop and monitor from our approved vendor.',
  },
  {
    name: 'deposit the check',
    text: 'Please deposit the check with your banking app today, keep your first week of pay and wire the difference to our supplier.',
  },
  {
    name: 'equipment funds',
    text: 'Your equipment funds arrive on Monday. Use them to purchase the software from the designated vendor we name.',
  },
  // Reshipping.
  {
    name: 'reship parcels',
    text: 'Quality control associate: receive packages at your address, check the contents and reship them with the labels we email.',
  },
  {
    name: 'package inspector',
    text: 'We are hiring a remote package inspector. Photograph each parcel and drop it at the nearest FedEx by noon.',
  },
  {
    name: 'prepaid labels',
    text: 'Take in merchandise from our store, repack it neatly and attach the prepaid shipping labels provided every morning.',
  },
  // Money mules.
  {
    name: 'payment agent',
    text: 'Part-time payment agent needed. Receive client payments into your own bank account and send them on the same day.',
  },
  {
    name: 'keep a commission',
    text: 'Your job is simple: transfer the funds to our suppliers abroad and keep 10% of each transfer as your salary.',
  },
  // ID, SSN and bank details.
  {
    name: 'SSN by message',
    text: 'To set up payroll, reply with your SSN and date of birth. Training starts once we have it.',
  },
  {
    name: 'bank login',
    text: 'Send us your online banking password so we can deposit your first wage faster.',
  },
  {
    name: 'passport photo by email',
    text: 'Final step: email a photo of your passport and a selfie holding it to the hiring manager.',
  },
  {
    name: 'card details',
    text: 'Provide your card number and expiry date so the team can verify you are a real person.',
  },
  // Chat-app recruiters with daily pay.
  {
    name: 'Telegram recruiter with daily salary',
    text: 'Hello! I am a recruiter for a digital agency. Daily salary of 200 to 800 dollars. Message me on Telegram to learn more.',
  },
  {
    name: 'WhatsApp interview and easy money',
    text: 'Easy money for one hour a day. Contact our manager on WhatsApp today and start tonight.',
  },
  // Likes, follows and stars paid in crypto.
  {
    name: 'five-star tasks in USDT',
    text: 'Leave five stars on hotel pages and earn per rating. Payouts in USDT every evening to your crypto wallet.',
  },
  {
    name: 'likes on videos',
    text: 'Like YouTube videos from your phone and get paid for every screenshot you send. Rewards in Bitcoin after each set.',
  },
  // Identity misuse.
  {
    name: 'interviews on my behalf',
    text: 'I need someone to attend interviews on my behalf for coding roles. I pay per interview you pass.',
  },
  {
    name: 'rent your account',
    text: 'Looking to rent your Upwork account for a few months. You get a monthly fee while my team works under your name.',
  },
  // Look-alike platform domains.
  {
    name: 'look-alike Outlier domain',
    url: 'https://outlier-ai-jobs.net/apply',
    text: 'Outlier is hiring AI trainers. Apply on this page and finish your profile to begin earning.',
  },
  {
    name: 'look-alike Scale domain',
    url: 'https://remotasks-careers.online/join',
    text: 'Remotasks hiring now. Complete your sign up on this page to receive tasks.',
  },
  // Gift cards.
  {
    name: 'gift card purchase',
    text: 'As part of onboarding, buy two Apple gift cards and send the codes to your supervisor for reimbursement.',
  },
  // Pyramid schemes.
  {
    name: 'pay to join a team',
    text: 'Build a team of 5 people and earn from their work. Joining fee of $25 opens your dashboard.',
  },
  // Spanish.
  {
    name: 'Spanish registration fee',
    text: 'Trabajo desde casa evaluando respuestas de inteligencia artificial. Se requiere una tarifa de inscripcion antes de empezar.',
  },
  {
    name: 'Spanish chat recruiter with daily pay',
    text: 'Gana dinero desde tu celular. Sueldo diario garantizado. Agrega a nuestro asesor en WhatsApp para recibir tu primera tarea.',
  },
  // Portuguese.
  {
    name: 'Portuguese activation fee',
    text: 'Vagas para avaliadores de IA em casa. Pague a taxa de ativacao e receba as tarefas no mesmo dia.',
  },
  {
    name: 'Portuguese likes for pay',
    text: 'Ganhe dinheiro para curtir videos. Adicione nosso contato no Telegram e envie uma captura de cada tarefa.',
  },
  // Indonesian.
  {
    name: 'Indonesian registration fee',
    text: 'Lowongan kerja online dari rumah. Biaya pendaftaran hanya Rp50.000 untuk mengaktifkan akun Anda.',
  },
  {
    name: 'Indonesian daily pay on WhatsApp',
    text: 'Gaji harian langsung cair. Hubungi admin kami lewat WhatsApp untuk mulai tugas like dan follow.',
  },
  // More English variations.
  {
    name: 'fee paid in crypto',
    text: 'Your placement fee of 60 USDT must be sent before the project manager assigns your queue.',
  },
  {
    name: 'certification plus deposit',
    text: 'Data entry from home. Pay the verification fee today and we will add you to the team chat.',
  },
  {
    name: 'personal account for client money',
    text: 'Accept transfers from our customers into your personal bank account, then move the money to our vendors.',
  },
  {
    name: 'a stranger recruiting for part-time work',
    text: 'Hello, my name is Marta and I am a recruiter for a large online shop. You have been chosen for a part-time job that will not affect your current work.',
  },
  {
    name: 'a cheque held as security',
    text: 'Home typing staff must hand in a post-dated cheque before starting. Leave within the first year and the cheque is cashed.',
  },
  {
    name: 'frozen assets on a task platform',
    text: 'Each order uses your wallet balance. Accounts that have not recharged within two days will be frozen until the bundle order is finished.',
  },
  {
    name: 'an agency recruiter promising big daily pay',
    text: "Hi, I'm Jessica from a recruitment agency. We have a remote part-time role where you can earn $200-$800 a day. Are you interested?",
  },
  {
    name: 'a Portuguese recruiter opener',
    text: 'Olá! Sou recrutadora da loja. Temos vagas de meio período e você pode ganhar de R$200 a R$800 por dia. Tem interesse?',
  },
  {
    name: 'a Spanish part-time phone job',
    text: 'Hola, buscamos personas para trabajos a tiempo parcial desde el celular. Ganas entre 300 y 1000 pesos al día.',
  },
  {
    name: 'a look-alike job board link with a deadline',
    text: "Great news, you've been selected for a remote developer role! You have 24 hours to complete the forms at https://jobsindeed.online/apply.",
  },
];

export const GENUINE: readonly Listing[] = [
  {
    name: 'annotation contract',
    text: 'We are hiring contract annotators to label street scenes for a mapping project. Pay is $18 per hour, paid every two weeks by bank transfer through our payroll provider. We will never ask you to pay a fee or share your bank details over chat.',
  },
  {
    name: 'transcription role',
    text: 'Transcribe short interviews in English for a research team. Rates start at $1.10 per audio minute. Our recruiters will never ask you for money, gift cards or your banking password.',
  },
  {
    name: 'prompt evaluator',
    text: 'Compare pairs of chatbot answers and explain which one is better. You need strong writing in English. Pay is $25 per hour. We never charge candidates a training fee, and we do not ask for equipment purchases.',
  },
  {
    name: 'search quality rater',
    text: 'Review search results for relevance in your local market, 10 to 20 hours a week, $14 per hour. Note: we do not ask for payment at any stage and we do not interview through Telegram or WhatsApp.',
  },
  {
    name: 'coding reviewer',
    text: 'Senior Python developers review model-written code and write test cases. Hourly rate $45. Legitimate recruiters from our team will never ask you to buy equipment or pay a deposit.',
  },
  {
    name: 'medical labeling',
    text: 'Licensed nurses label clinical notes for a health research company. Pay is $40 per hour. We will never request your social security number by email or chat; identity checks happen only in our secure portal.',
  },
  {
    name: 'translation review',
    text: 'Bilingual Spanish speakers review translated product text. Pay is $20 per hour, sent monthly. We will never ask you to send money, buy a starter kit or pay a registration fee.',
  },
  {
    name: 'audio recording',
    text: 'Record short phrases in a quiet room for a speech dataset. Each session pays $15 and takes about thirty minutes. No fees are ever required to join and we never ask for crypto.',
  },
  {
    name: 'image tagging',
    text: 'Tag product photos with categories in our web tool, paid $0.05 per image with weekly invoices. Please be careful: we will never message you on WhatsApp or ask you to share your card number.',
  },
  {
    name: 'math tutor for AI',
    text: 'Write step-by-step solutions to university math problems for model training. Pay is $35 per hour, paid through the platform. We never ask applicants to pay fees, deposit checks or share bank login details.',
  },
  {
    name: 'content moderator',
    text: 'Review flagged posts against a clear policy, four-hour shifts, $16 per hour. Our hiring team does not require any payment, and we will never ask you to chat on Telegram or pay a fee.',
  },
];
