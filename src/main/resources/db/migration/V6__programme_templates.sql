-- Three programme templates shipped with Samla, after the real programmes providers run:
-- four one-day gatherings for one small municipality, an innovation programme for chief
-- executives' leader groups across municipalities, and a leadership school for every leader of a
-- large municipality. Rates are the example rates (NOK excluding VAT); dates are laid out anew
-- when a programme is made from a template.
insert into programme (name, description, provider_organisation_id, start_date, end_date, status, template,
                       network_groups, meetings_per_network_group, coaching_sessions_per_participant,
                       adviser_day_rate, advisers_per_gathering, network_day_rate, network_meetings_per_day,
                       coaching_hourly_rate, coaching_hours_per_session, evaluation_amount, travel_estimate)
values ('Lederutvikling i en mindre kommune: fire samlinger',
        'For om lag 20 ledere: enhetsledere, kommunalsjefer og økonomisjef. Fire dagssamlinger med to rådgivere, fire tverrfaglige nettverksgrupper på 5–6 ledere som møtes fire ganger, fire individuelle veiledningssamtaler per leder og et eget utviklingsprosjekt («meg som leder») som rød tråd. Evaluering ved hver samling og en samlet evaluering til slutt.',
        null, date '2027-01-14', date '2027-06-03', 'DRAFT', true,
        4, 4, 4, 21875.00, 2, 17500.00, 2, 2187.50, 1.00, 17500.00, null),
       ('Innovasjonsprogram for kommunedirektørens ledergrupper',
        'For hele ledergrupper fra om lag ti kommuner. Fire samlinger i to runder; hver kommune finner og arbeider med en lokal innovasjonscase mellom samlingene, med ett hjemmebesøk per kommune og veikartet for tjenesteinnovasjon som verktøy. Uten studiepoeng og eksamen.',
        null, date '2027-02-03', date '2027-11-04', 'DRAFT', true,
        0, 0, 0, 21875.00, 2, 17500.00, 2, 2187.50, 1.00, 17500.00, null),
       ('Lederskole for alle ledere i en stor kommune',
        'For alle enhets- og avdelingsledere. Fem todagerssamlinger, én av dem bare om innovasjon; hver leder driver sin egen innovasjonsprosess og avslutter med å pitche for et panel av direktører, kommunalsjefer og fagfolk.',
        null, date '2027-01-20', date '2027-10-28', 'DRAFT', true,
        10, 4, 0, 21875.00, 2, 17500.00, 2, 2187.50, 1.00, 17500.00, null);

insert into programme_theme (programme_id, position, title)
select p.id, t.position, t.title
from programme p
join (values
    ('Lederutvikling i en mindre kommune: fire samlinger', 0, 'Felles lederplattform: prinsipper og samspill'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 1, 'Relasjonell ledelse'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 2, 'Mestringsorientert ledelse'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 3, 'Gjennomføringskraft: struktur og styring'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 0, 'Strategisk innovasjons- og digitaliseringsledelse'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 1, 'Å bygge innovasjonskultur'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 2, 'Gevinstrealisering'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 3, 'Samspillet mellom politikk og administrasjon'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 4, 'Tjenestedesign'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 5, 'Samskaping med innbyggerne'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 6, 'Innovative offentlige anskaffelser'),
    ('Lederskole for alle ledere i en stor kommune', 0, 'Lederrollen og kommunens lederplattform'),
    ('Lederskole for alle ledere i en stor kommune', 1, 'Å lede endring'),
    ('Lederskole for alle ledere i en stor kommune', 2, 'Innovasjon: fra innsikt til idé'),
    ('Lederskole for alle ledere i en stor kommune', 3, 'Brukerreise og «5 x hvorfor» i egen enhet'),
    ('Lederskole for alle ledere i en stor kommune', 4, 'Pitch for ledelsen og veien videre')
) as t(programme, position, title) on t.programme = p.name and p.template;

insert into gathering (programme_id, number, title, theme, format, start_date, agenda_outline)
select p.id, g.number, g.title, g.theme, g.format, g.start_date, g.agenda
from programme p
join (values
    ('Lederutvikling i en mindre kommune: fire samlinger', 1, 'Samling 1: Felles lederplattform', 'Felles lederplattform: prinsipper og samspill', 'ONE_DAY', date '2027-01-14',
     'Velkommen og forventninger. Hva er god ledelse hos oss? Utkast til lederprinsipper i grupper. Refleksjonsstopp. Eget utviklingsprosjekt «meg som leder». Fokus for nettverksgruppene. Evaluering: hva fungerte, og hva kan bli bedre?'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 2, 'Samling 2: Relasjonell ledelse', 'Relasjonell ledelse', 'ONE_DAY', date '2027-02-25',
     'Erfaringer fra mellomarbeidet. Relasjonell ledelse: tillit, tilbakemeldinger og vanskelige samtaler. Øvelse i trekanter. Lederplattformen videreføres. Evaluering.'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 3, 'Samling 3: Mestringsorientert ledelse', 'Mestringsorientert ledelse', 'ONE_DAY', date '2027-04-08',
     'Mestringsorientert ledelse og mestringsklima. Casearbeid fra egne enheter. Lederplattformen videreføres. Evaluering.'),
    ('Lederutvikling i en mindre kommune: fire samlinger', 4, 'Samling 4: Gjennomføringskraft', 'Gjennomføringskraft: struktur og styring', 'ONE_DAY', date '2027-05-20',
     'Struktur, styring og oppfølging. Lederplattformen vedtas. Utviklingsprosjektene oppsummeres. Samlet evaluering og veien videre.'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 1, 'Samling 1: Strategisk innovasjonsledelse', 'Strategisk innovasjons- og digitaliseringsledelse', 'LUNCH_TO_LUNCH', date '2027-02-03',
     'Innovasjon som lederoppgave. Hver kommune presenterer behovet bak sin innovasjonscase. Veikart for tjenesteinnovasjon: forankring. Arbeid i ledergruppene.'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 2, 'Samling 2: Innovasjonskultur og gevinster', 'Å bygge innovasjonskultur', 'LUNCH_TO_LUNCH', date '2027-04-14',
     'Innovasjonskultur i egen organisasjon. Gevinstrealisering fra start. Innsiktsarbeid i casene. Dialog på tvers av ledergruppene.'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 3, 'Samling 3: Tjenestedesign og samskaping', 'Tjenestedesign', 'LUNCH_TO_LUNCH', date '2027-09-08',
     'Tjenestedesign og samskaping med innbyggerne. Samspillet mellom politikk og administrasjon. Prototyper i casene.'),
    ('Innovasjonsprogram for kommunedirektørens ledergrupper', 4, 'Samling 4: Anskaffelser og veien videre', 'Innovative offentlige anskaffelser', 'LUNCH_TO_LUNCH', date '2027-11-03',
     'Innovative anskaffelser. Casene presenteres. Plan for gevinstrealisering og videre arbeid i hver kommune.'),
    ('Lederskole for alle ledere i en stor kommune', 1, 'Samling 1: Lederrollen', 'Lederrollen og kommunens lederplattform', 'TWO_DAYS', date '2027-01-20',
     'Kommunedirektøren åpner. Lederrollen i kommunen. Lederplattformen. Hver leder velger et behov i egen enhet for sin innovasjonsprosess.'),
    ('Lederskole for alle ledere i en stor kommune', 2, 'Samling 2: Å lede endring', 'Å lede endring', 'TWO_DAYS', date '2027-03-10',
     'Endringsledelse. Medarbeiderinvolvering. Mellomarbeid i nettverksgruppene.'),
    ('Lederskole for alle ledere i en stor kommune', 3, 'Samling 3: Innovasjonssamlingen', 'Innovasjon: fra innsikt til idé', 'TWO_DAYS', date '2027-04-28',
     'Hele samlingen handler om innovasjon: brukerreise, «5 x hvorfor», idéutvikling og fra innsikt til idé.'),
    ('Lederskole for alle ledere i en stor kommune', 4, 'Samling 4: Innovasjon i egen enhet', 'Brukerreise og «5 x hvorfor» i egen enhet', 'TWO_DAYS', date '2027-09-01',
     'Erfaringer fra innovasjonsprosessene. Prototyper og utprøving. Forberedelse til pitch.'),
    ('Lederskole for alle ledere i en stor kommune', 5, 'Samling 5: Pitch og veien videre', 'Pitch for ledelsen og veien videre', 'TWO_DAYS', date '2027-10-27',
     'Lederne pitcher for et panel av direktører, kommunalsjefer og fagfolk. De beste idéene tas videre. Evaluering.')
) as g(programme, number, title, theme, format, start_date, agenda) on g.programme = p.name and p.template;
