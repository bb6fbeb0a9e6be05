import { isRole } from './headline';
import { fold } from './text';

/**
 * Work words of other languages, in English, for matching only (meaning.ts): a customs broker's page in Spanish bears on a
 * goal typed in English ("Si trabajas … en una empresa importadora y estás pensando en pasarte a una agencia aduanal", to
 * an import coordinator moving to a customs agency: s24, from set 11's blind review, "the popup wrongly says nothing bears
 * on the goal"). Drafts never show these words: a quote stays as the page wrote it.
 *
 * Keys are lower case without accents (text.ts `fold`). Only words that name work, a workplace or a field, in the
 * languages the unseen sets' pages mix in (Spanish, Portuguese, French, German, Italian, Polish, the Nordic ones); never a word
 * that is also an English word of another meaning.
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  // Spanish and Portuguese.
  aduana: 'customs', aduanas: 'customs', aduanal: 'customs', aduanera: 'customs', aduanero: 'customs', aduaneiro: 'customs', alfandega: 'customs',
  importadora: 'import', importador: 'importer', importacion: 'import', importacao: 'import', importaciones: 'import',
  exportadora: 'export', exportador: 'exporter', exportacion: 'export', exportacao: 'export',
  agencia: 'agency', comercio: 'trade', logistica: 'logistics', cumplimiento: 'compliance', patente: 'licence',
  // "Si sos estudiante o recién recibido/a y te interesa hacer una práctica profesional…, escribime" (r33, set 20: an extension
  // officer in Córdoba, to an agriculture student after a placement).
  estudiante: 'student', estudiantes: 'students', estudante: 'student', estudantes: 'students', practica: 'placement', practicas: 'placements', pasantia: 'internship', estagio: 'internship',
  enfermera: 'nurse', enfermero: 'nurse', enfermeira: 'nurse', enfermeiro: 'nurse', enfermeria: 'nursing', enfermagem: 'nursing',
  medico: 'doctor', medica: 'doctor', farmaceutico: 'pharmacist', farmaceutica: 'pharmacist', farmacia: 'pharmacy',
  ingeniero: 'engineer', ingeniera: 'engineer', engenheiro: 'engineer', engenheira: 'engineer', ingenieria: 'engineering', engenharia: 'engineering',
  abogado: 'lawyer', abogada: 'lawyer', advogado: 'lawyer', advogada: 'lawyer',
  contador: 'accountant', contadora: 'accountant', contabilidad: 'accounting', contabilidade: 'accounting',
  profesor: 'teacher', profesora: 'teacher', professora: 'teacher', maestra: 'teacher', docente: 'teacher', ensenanza: 'teaching', ensino: 'teaching',
  traduccion: 'translation', traducao: 'translation', traductor: 'translator', traductora: 'translator', tradutor: 'translator', tradutora: 'translator',
  localizacion: 'localization', localizacao: 'localization',
  carpintero: 'carpenter', carpinteiro: 'carpenter', carpinteria: 'carpentry', marceneiro: 'carpenter', marcenaria: 'carpentry', guitarra: 'guitar', guitarras: 'guitars', violao: 'guitar',
  veterinario: 'veterinary', veterinaria: 'veterinary', auditoria: 'audit', investigacion: 'research', investigacao: 'research', pesquisa: 'research',
  diseno: 'design', desarrollador: 'developer', desenvolvedor: 'developer', gerente: 'manager', ventas: 'sales', vendas: 'sales', mercadeo: 'marketing',
  // Not "mecánico": a car mechanic who became an aircraft mechanic changed fields, though both are mechanics (openers.ts moves).
  automotriz: 'car', automotor: 'car', automovel: 'car', aeronaves: 'aircraft', aviones: 'aircraft', avioes: 'aircraft',
  mantenimiento: 'maintenance', manutencao: 'maintenance', electricista: 'electrician', eletricista: 'electrician',
  quimica: 'chemistry', quimico: 'chemist', conservacion: 'conservation', conservacao: 'conservation', guardaparques: 'ranger', aviacion: 'aviation', aviacao: 'aviation',
  // French.
  infirmiere: 'nurse', infirmier: 'nurse', ingenieur: 'engineer', enseignant: 'teacher', enseignante: 'teacher', professeur: 'teacher', comptable: 'accountant',
  avocat: 'lawyer', avocate: 'lawyer', douane: 'customs', douanier: 'customs', traducteur: 'translator', traductrice: 'translator', pharmacien: 'pharmacist',
  pharmacienne: 'pharmacist', veterinaire: 'veterinary', menuisier: 'carpenter', ebeniste: 'carpenter', degustation: 'tasting',
  // German.
  krankenschwester: 'nurse', pflegekraft: 'nurse', pfleger: 'nurse', lehrer: 'teacher', lehrerin: 'teacher', zoll: 'customs', tischler: 'carpenter', schreiner: 'carpenter',
  buchhalter: 'accountant', anwalt: 'lawyer', rechtsanwalt: 'lawyer', patentanwalt: 'patent attorney', patentanwalte: 'patent attorneys', apotheker: 'pharmacist',
  tierarzt: 'vet', entwickler: 'developer', ubersetzer: 'translator', forschung: 'research',
  // Italian.
  infermiere: 'nurse', infermiera: 'nurse', ingegnere: 'engineer', insegnante: 'teacher', avvocato: 'lawyer', dogana: 'customs', falegname: 'carpenter', liutaio: 'luthier',
  // Polish.
  kierowca: 'driver', kierowcy: 'drivers', kierowcow: 'drivers', dyspozytor: 'dispatcher', dyspozytorka: 'dispatcher', dyspozytornia: 'dispatch',
  dyspozytorni: 'dispatch', zarzadzanie: 'management', zarzadzaniu: 'management', zajezdnia: 'depot', zajezdni: 'depot', kierownik: 'manager',
  pielegniarka: 'nurse', nauczyciel: 'teacher', nauczycielka: 'teacher', inzynier: 'engineer', ksiegowa: 'accountant', ksiegowy: 'accountant',
  // Tagalog: "Kung bagong graduate ka at naghihintay pa ng barko, message me" (s12: a chief officer in Iloilo, to cadets).
  bagong: 'new', bago: 'new', naghihintay: 'waiting', barko: 'ship vessel', barkong: 'ship vessel', marino: 'seafarer', kadete: 'cadet',
  // Norwegian, Swedish, Danish.
  barnehage: 'kindergarten', barnehagelaerer: 'preschool teacher', forskola: 'preschool', forskollarare: 'preschool teacher', paedagog: 'teacher', pedagog: 'teacher',
  pedagogisk: 'teaching', laerer: 'teacher', larare: 'teacher', sykepleier: 'nurse', sjukskoterska: 'nurse', sygeplejerske: 'nurse', ingenior: 'engineer',
  ingenjor: 'engineer', leder: 'leader', ledare: 'leader', snekker: 'carpenter', snickare: 'carpenter', tomrer: 'carpenter', regnskapsforer: 'accountant',
};

/** Small words of English, and of the languages the unseen sets' pages mix in (Spanish, Portuguese, Polish, the Nordic ones, German, French, Tagalog). */
const ENGLISH = new Set('the and to of in I you is are was for with on my we it at that this our your be have not from'.split(' '));
const OTHER = new Set(('el la los las de del que y en por para con una uno un es son muy pero como su hoy lo ' + 'um uma não é os na com mas ' + 'i w z na się nie jest że jeśli albo jak ' +
  'og er det ikke på med som til av jeg vi har en et ' + 'und der das ist nicht mit ich wir ein eine sind hat unser unsere auch für bei im zum auf aus oder aber heute ' + 'le les des et est pas une pour avec je ' + 'ng ka sa mga ang pa kung ako').split(' '));

/**
 * A sentence in another language ("Unser Lehrling Jonas hat heute die Lehrabschlussprüfung bestanden!"), by its small words: two
 * or more of another language and more than of English ("Same screen, same engineering effort" has none of either).
 */
export function inOtherLanguage(sentence: string): boolean {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  const other = words.filter((w) => w !== 'I' && OTHER.has(w.toLowerCase())).length;
  const english = words.filter((w) => ENGLISH.has(w === 'I' ? w : w.toLowerCase())).length;
  return other >= 2 && other > english;
}

/** A word or phrase as a key: lower case, without accents. */
// Letters NFD keeps whole ("ø", "ł", "æ") are spelled as plain ones too.
const keyOf = (s: string) => fold(s).replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/æ/g, 'ae');

/** Its English words, for a word of another language that names work ("aduanal" → customs); [] for any other word. */
export function glossOf(word: string): readonly string[] {
  const english = GLOSSARY[/[^\u0000-\u007f]/.test(word) ? keyOf(word) : word];
  return english ? english.split(' ') : [];
}

/**
 * Job titles a draft in English names in English, as the person would say them to an English speaker: "As an agente aduanal,
 * …" and "your work as a pedagogisk leder" (s24, set 11's blind review: "untranslated titles", F = 3). Whole titles only: a
 * word-for-word gloss would put the words in the wrong order.
 */
const TITLES: Readonly<Record<string, string>> = {
  'agente aduanal': 'Customs Broker', 'socio director': 'Managing Partner', 'clasificador arancelario': 'Tariff Classifier',
  'mandatario de agente aduanal': "Customs Broker's Representative", 'pedagogisk leder': 'Lead Teacher', barnehagelaerer: 'Preschool Teacher',
  marceneiro: 'Woodworker', enfermera: 'Nurse', enfermeira: 'Nurse', 'ingeniero civil': 'Civil Engineer', 'engenheiro civil': 'Civil Engineer',
  contador: 'Accountant', contadora: 'Accountant', abogado: 'Lawyer', abogada: 'Lawyer', vendedora: 'Sales Assistant', vendedor: 'Sales Assistant',
  cajera: 'Cashier', cajero: 'Cashier', garzona: 'Waitress', garzon: 'Waiter', mesera: 'Waitress', mesero: 'Waiter', mozo: 'Waiter', camarera: 'Waitress',
  camarero: 'Waiter', waiter: 'Waiter', waitress: 'Waitress', 'dyspozytor ruchu': 'Traffic Dispatcher', 'kierownik zmiany': 'Shift Supervisor', 'kierowca autobusu': 'Bus Driver', kierowca: 'Driver',
  hufschmiedemeister: 'Master Farrier', hufschmied: 'Farrier', 'hufschmied (geselle)': 'Journeyman Farrier', 'lehrling hufschmied': 'Apprentice Farrier',
  // IT support, the first job in security for many (r40, set 34: a SOC analyst in Bogotá, to a helpdesk technician).
  'tecnico de soporte it': 'IT Support Technician', 'tecnico de soporte': 'Support Technician', 'analista de soporte': 'Support Analyst', 'tecnico de soporte tecnico': 'Technical Support Technician',
  'mecanico automotriz': 'Car Mechanic', mecanico: 'Mechanic', 'eletricista industrial': 'Industrial Electrician', eletricista: 'Electrician',
  electricista: 'Electrician', 'tecnico de aviones': 'Aircraft Technician', 'tecnico de aviones licenciado b1': 'B1 Licensed Aircraft Technician',
  'etudiante en maintenance aeronautique': 'Aircraft Maintenance Student', 'supervisora de o&m': 'O&M Supervisor', 'daglig leder': 'Managing Director',
  founder: 'Founder', 'co-founder': 'Co-founder', cofounder: 'Co-founder',
  'elektrik teknisyeni': 'Electrical Technician', teknisyen: 'Technician', 'elektrik muhendisi': 'Electrical Engineer',
  interprete: 'Interpreter', infirmiere: 'Nurse', infirmier: 'Nurse', enfermero: 'Nurse', 'tecnico en mantenimiento de aeronaves': 'Aircraft Maintenance Technician',
  fonoaudiologa: 'Speech Therapist', fonoaudiologo: 'Speech Therapist', logopeda: 'Speech Therapist', 'maestra de educacion especial': 'Special Education Teacher',
  'maestro de educacion especial': 'Special Education Teacher', 'tecnico en emergencias medicas': 'Emergency Medical Technician', 'productor de cafe': 'Coffee Grower',
  'productora de cafe': 'Coffee Grower', 'responsable de salle': 'Front-of-House Manager', 'interprete de lsm': 'LSM Interpreter', 'interprete lsm': 'LSM Interpreter',
  'tradutora e interprete de libras': 'Sign Language Interpreter', 'rececionista (estagio)': 'Receptionist (Internship)', rececionista: 'Receptionist', recepcionista: 'Receptionist', botones: 'Bellhop', 'analista de laboratorio': 'Laboratory Analyst',
  pferdewirt: 'Groom', inhaber: 'Owner', inhaberin: 'Owner', 'instructor de vuelo': 'Flight Instructor', 'profesora de ingles': 'English Teacher',
  'profesor de ingles': 'English Teacher', 'conservadora de textiles': 'Textile Conservator', 'educadora certificada': 'Certified Educator', 'educador certificado': 'Certified Educator', educadora: 'Educator', educador: 'Educator', 'tecnica en unas': 'Nail Technician', 'tecnico en unas': 'Nail Technician', voluntaria: 'Volunteer', voluntario: 'Volunteer',
  'supervisora del puesto central de control': 'Central Control Supervisor', 'kierownik budowy': 'Site Manager', 'inzynier budowy': 'Site Engineer',
  // Social work titles in Dutch and Italian (r33, set 19: a probation officer in Rotterdam, an educator in Turin).
  reclasseringswerker: 'Probation Officer', 'reclasseringswerker toezicht': 'Probation Officer', jongerenwerker: 'Youth Worker',
  'maatschappelijk werker': 'Social Worker', jeugdzorgwerker: 'Youth Care Worker', jeugdhulpverlener: 'Youth Care Worker', 'praktijkopleider social work': 'Social Work Practice Educator',
  praktijkopleider: 'Practice Educator', 'educatrice professionale': 'Social Educator', 'educatore professionale': 'Social Educator', 'assistente sociale': 'Social Worker',
  bauleiter: 'Site Manager', bauleiterin: 'Site Manager', 'bauleiter-assistent': 'Assistant Site Manager', 'bauleiter-assistentin': 'Assistant Site Manager',
  // Common titles in Spanish, Portuguese and German, as a page in those languages gives them (r32, set 18: a clinic's founder in
  // Bilbao, a practice manager in Hamburg, a public-health dentist in Olinda).
  odontologa: 'Dentist', odontologo: 'Dentist', 'odontologa general': 'General Dentist', 'odontologo general': 'General Dentist',
  'cirurgia-dentista': 'Dentist', 'cirurgiao-dentista': 'Dentist', dentista: 'Dentist', zahnarzt: 'Dentist', zahnarztin: 'Dentist',
  fundadora: 'Founder', fundador: 'Founder', 'fundadora y directora medica': 'Founder and Medical Director', 'fundador y director medico': 'Founder and Medical Director',
  'directora medica': 'Medical Director', 'director medico': 'Medical Director', 'diretora clinica': 'Clinical Director', 'diretor clinico': 'Clinical Director',
  praxismanagerin: 'Practice Manager', praxismanager: 'Practice Manager', 'zahnmedizinische fachangestellte': 'Dental Assistant',
  'zahnmedizinische verwaltungsassistentin': 'Dental Practice Administrator', 'auxiliar dental': 'Dental Assistant', 'higienista dental': 'Dental Hygienist',
  'tecnica em saude bucal': 'Oral Health Technician', 'tecnico em saude bucal': 'Oral Health Technician', 'auxiliar em saude bucal': 'Dental Assistant',
  medica: 'Doctor', medico: 'Doctor', fisioterapeuta: 'Physiotherapist', psicologa: 'Psychologist', psicologo: 'Psychologist',
  farmaceutica: 'Pharmacist', farmaceutico: 'Pharmacist', gerente: 'Manager', 'gerente general': 'General Manager', ingeniera: 'Engineer', ingeniero: 'Engineer',
  engenheira: 'Engineer', engenheiro: 'Engineer', ingenieur: 'Engineer', ingenieurin: 'Engineer', lehrer: 'Teacher', lehrerin: 'Teacher',
  profesora: 'Teacher', profesor: 'Teacher', professora: 'Teacher', cebelar: 'Beekeeper', proprietario: 'Owner', proprietaria: 'Owner',
  // Garment and school titles in Italian, Spanish, Portuguese, Turkish and German (r34, sets 21 and 22: a wool mill in Biella, a
  // knitwear factory near Barcelos, an assessment coordinator in Santiago, a civil-servant teacher in Leipzig).
  'responsabile sviluppo prodotto ed export': 'Head of Product Development and Export', 'responsabile sviluppo prodotto': 'Head of Product Development',
  'stagista ufficio stile': 'Design Intern', 'diretora comercial': 'Commercial Director', 'diretor comercial': 'Commercial Director',
  'directora comercial': 'Commercial Director', 'director comercial': 'Commercial Director', 'gerente de produccion': 'Production Manager',
  'jefa de control de calidad': 'Head of Quality Control', 'jefe de control de calidad': 'Head of Quality Control',
  'asistente de desarrollo de producto': 'Product Development Assistant', 'uretim planlama muduru': 'Production Planning Manager',
  'coordinadora de evaluacion y curriculum': 'Assessment and Curriculum Coordinator', 'coordinador de evaluacion y curriculum': 'Assessment and Curriculum Coordinator',
  'asesora de evaluacion': 'Assessment Adviser', 'asesor de evaluacion': 'Assessment Adviser', 'profesora de lenguaje y comunicacion': 'Language Teacher',
  studienrat: 'Secondary School Teacher', studienratin: 'Secondary School Teacher', referendar: 'Trainee Teacher', referendarin: 'Trainee Teacher',
  // Retail titles in Polish, Portuguese and German (r36, set 24: a bike shop's owner in Kraków, a fresh-produce buyer in São Paulo).
  'traductora-interprete jurada': 'Sworn Translator', 'traductor-interprete jurado': 'Sworn Translator', 'traductora jurada': 'Sworn Translator', 'traductor jurado': 'Sworn Translator',
  'interprete jurada': 'Sworn Interpreter', 'interprete jurado': 'Sworn Interpreter', advogada: 'Lawyer', advogado: 'Lawyer',
  // French newsroom titles (r37, set 27: "from journaliste stagiaire to video journalist").
  'journaliste stagiaire': 'Trainee Journalist', journaliste: 'Journalist', 'journaliste reporter': 'Reporter', 'attachee de presse': 'Press Officer', 'attache de presse': 'Press Officer',
  // Portuguese and Spanish studio titles (r38, set 28: "your earlier work as a diretora de arte").
  'diretor de arte': 'Art Director', 'diretora de arte': 'Art Director', 'director de arte': 'Art Director', 'directora de arte': 'Art Director',
  'estagiaria de design grafico': 'Graphic Design Intern', 'estagiario de design grafico': 'Graphic Design Intern', 'designer grafico': 'Graphic Designer', 'disenador grafico': 'Graphic Designer', 'disenadora grafica': 'Graphic Designer',
  wlasciciel: 'Owner', wlascicielka: 'Owner', comprador: 'Buyer', compradora: 'Buyer', 'comprador senior': 'Senior Buyer', 'compradora senior': 'Senior Buyer',
  'comprador junior': 'Junior Buyer', 'compradora junior': 'Junior Buyer', 'assistente comercial': 'Commercial Assistant', 'visual merchandising managerin': 'Visual Merchandising Manager',
  'auszubildende gestalterin fur visuelles marketing': 'Visual Merchandising Apprentice', 'gestalterin fur visuelles marketing': 'Visual Merchandiser', 'gestalter fur visuelles marketing': 'Visual Merchandiser',
  // Project titles in Spanish and Portuguese (r41, set 37: "a coordinadora de proyectos" at a steel maker in Monterrey).
  'coordinadora de proyectos': 'Project Coordinator', 'coordinador de proyectos': 'Project Coordinator', 'coordinadora de proyecto': 'Project Coordinator', 'coordinador de proyecto': 'Project Coordinator',
  'coordenadora de projetos': 'Project Coordinator', 'coordenador de projetos': 'Project Coordinator', 'jefa de proyectos': 'Project Manager', 'jefe de proyectos': 'Project Manager',
  'gerente de proyectos': 'Project Manager', 'gerente de projetos': 'Project Manager',
  grundschullehrerin: 'Primary School Teacher', grundschullehrer: 'Primary School Teacher', klassenlehrerin: 'Class Teacher', klassenlehrer: 'Class Teacher',
};

/**
 * A title in another language the glossary can't say in English: a letter with an accent, a small word of another language,
 * a German feminine ending ("odontóloga general", "fundadora y directora médica", "zahnmedizinische verwaltungsassistentin",
 * "praxismanagerin": r32, set 18, asked "What made you move from odontóloga general to…?"). "Chef de partie" is English too.
 */
export function foreignTitle(title: string): boolean {
  const t = title.trim();
  if (/^chef de (?:partie|cuisine|rang)$/i.test(t)) return false;
  return /[\u00C0-\u024F]/.test(t) || /\s(?:de|del|da|do|dos|das|em|en|des|du|y|e|und|der|für)\s/.test(` ${t} `) || /\p{L}(?:erin|entin|antin|istin|ärztin|ische|ischer)\b/iu.test(t);
}

/** A goal that opens on a title in another language, in English: "Kierownik budowy in Poland" → "site manager in Poland" (r32, set 17). */
export function leadTitleInEnglish(goal: string): string {
  const words = goal.split(/\s+/);
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const english = TITLES[keyOf(words.slice(0, n).join(' '))];
    if (english && english.toLowerCase() !== words.slice(0, n).join(' ').toLowerCase()) return [english.toLowerCase(), ...words.slice(n)].join(' ');
  }
  return goal;
}

/**
 * A title in English where its parts ("Vendedora / Cajera", "Agente Aduanal / Socio Director") are known titles, each once
 * ("mozo / waiter" → "Waiter"); the title as it is when no part is known.
 */
export function titleInEnglish(raw: string): string {
  // Without a translation in Chinese or Japanese beside it ("Offshore Service Team Lead 運維組長"), and with the English a title
  // gives in brackets ("Mecánico de Aviones (Aircraft Mechanic)", "Zastępca Kierownika Zajezdni (Deputy Depot Manager)").
  const title = raw.replace(/\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu, '').replace(/\s*\(\s*\)/g, '').trim() || raw;
  // Outside the brackets, a letter with an accent or a "de": another language ("Oncology (Andean Cluster)" is a cluster, in English).
  const given = /^(.*?[\u00C0-\u024F].*?|.*\b(?:de|del|da)\b.*?)\s*\(([A-Za-z][A-Za-z &-]{2,40}?)\)$/.exec(title);
  if (given && given[2]!.trim().split(/\s+/).length >= 2) return given[2]!.trim();
  const parts = title.split(/\s+(?:\/|–|—|-)\s+/);
  // A word of another language beside its English ("Tømrer / Carpenter"): the English.
  if (parts.length === 2) {
    const [x = '', y = ''] = parts;
    if (glossOf(x.toLowerCase()).join(' ') === y.toLowerCase()) return y;
    if (glossOf(y.toLowerCase()).join(' ') === x.toLowerCase()) return x;
    // A known title in another language beside its English, as they put it: theirs ("Responsable de salle / shift manager" →
    // "shift manager", r32), when both name the same kind of person. Two jobs ("Técnico de Aviones Licenciado B1 / Zone
    // Inspector") are not a title and its translation: the known one is said, as below.
    const head = (t: string) => t.trim().split(/\s+/).pop()!.toLowerCase();
    const words = (t: string) => /^[A-Za-z][A-Za-z&-]*(?: [A-Za-z&-]+)+$/.test(t);
    const english = (t: string, other: string) => isRole(t) && words(t) && head(t) === head(other);
    if (TITLES[keyOf(x)] && !TITLES[keyOf(y)] && english(y, TITLES[keyOf(x)]!)) return y;
    if (TITLES[keyOf(y)] && !TITLES[keyOf(x)] && english(x, TITLES[keyOf(y)]!)) return x;
    // One the glossary doesn't know, in another language, beside one in English: the English ("Técnica em Saúde Bucal / dental
    // assistant" → "dental assistant", r32, set 18).
    const plain = (t: string) => (isRole(t) || /(?:er|or|ist|ian|ant|ent|nurse|ee)$/i.test(t)) && words(t);
    if (!TITLES[keyOf(x)] && foreignTitle(x) && plain(y)) return y;
    if (!TITLES[keyOf(y)] && foreignTitle(y) && plain(x)) return x;
  }
  // Whole, or without its note in brackets and what follows a comma ("Étudiante en maintenance aéronautique (B1.1), dernière année").
  const known = parts.map((part) => TITLES[keyOf(part)] ?? TITLES[keyOf(part.replace(/\s*\([^)]*\)/g, '').split(',')[0]!.trim())]);
  if (!known.some(Boolean)) return title === raw.trim() ? raw : title;
  // A part no title names ("Kierowca – Dostawy", a driver on deliveries) goes: the title is said by the parts known.
  const seen = new Set<string>();
  return known.filter((e): e is string => !!e && !seen.has(e.toLowerCase()) && !!seen.add(e.toLowerCase())).join(' / ');
}
