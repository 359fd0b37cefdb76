// Tweede voorbeeld: gemodelleerd naar het openbare document "Prestatieafspraken 2019 – Jaarschijf uit de
// Prestatieafspraken 2019 tot 2024" van de gemeente Utrechtse Heuvelrug, de Federatie (Heuvelrug Wonen,
// Rhenam Wonen, woningbouwvereniging Maarn) en drie huurdersorganisaties (omslag gedateerd 14 november 2018).
//
// Overgenomen uit dat document: de partijen en hun groepen, de indeling in hoofdstukken en paragrafen
// (met dezelfde titels en nummering), de soorten afspraken (Resultaatafspraak, Procesafspraak, Verzoek aan
// GUH), de cijfers die in de tekst staan (ten hoogste 25% voor statushouders; maandelijkse en
// kwartaaloverzichten) en de titels van de bijlagen. De teksten van de afspraken zijn korte samenvattingen
// in eigen woorden, niet de zinnen van het document.
//
// Niet gevonden (alleen de omslag, de inhoudsopgave, het begin van het voorwoord en het begin van paragraaf
// 2.1.1 waren in te zien): de tekst van de paragrafen 1.1-1.6, de rest van thema 1, de thema's 2 en 3, de
// hoofdstukken 3 en 4 (met het dashboard van streefwaarden en kpi's), de inhoud van de bijlagen en een
// ondertekeningspagina. Zulke delen zeggen hieronder dat hun tekst ontbreekt; er is niets verzonnen.
// De logo's zijn voorlopige logo's.
import { defineJaarschijf } from 'jaarschijf';

export default defineJaarschijf({
  year: 2019,
  gemeente: 'Utrechtse Heuvelrug',
  title: 'Prestatieafspraken 2019',
  subtitle: 'Jaarschijf uit de Prestatieafspraken 2019 tot 2024',
  date: '2018-11-14',
  front: { cover: true, parties: true, contents: true },
  parties: {
    guh: { name: 'gemeente Utrechtse Heuvelrug', shortName: 'GUH', kind: 'gemeente', logo: 'logos/guh.svg' },
    'heuvelrug-wonen': { name: 'Heuvelrug Wonen', shortName: 'Heuvelrug Wonen', kind: 'woningcorporatie', logo: 'logos/heuvelrug-wonen.svg' },
    'rhenam-wonen': { name: 'Rhenam Wonen', shortName: 'Rhenam Wonen', kind: 'woningcorporatie', logo: 'logos/rhenam-wonen.svg' },
    'wbv-maarn': { name: 'woningbouwvereniging Maarn', shortName: 'wbv Maarn', kind: 'woningcorporatie', logo: 'logos/wbv-maarn.svg' },
    'hpf-ao': { name: 'HpF Amerongen en Omstreken', shortName: 'HpF A&O', kind: 'huurdersorganisatie', logo: 'logos/hpf-ao.svg' },
    'huurdersraad-maarn-maarsbergen': { name: 'Huurdersraad Maarn-Maarsbergen', shortName: 'Huurdersraad Maarn-Maarsbergen', kind: 'huurdersorganisatie', logo: 'logos/huurdersraad-maarn-maarsbergen.svg' },
    huurderscollectief: { name: 'Collectieve Huurdersbelangenvereniging Heuvelrug Wonen', shortName: 'Huurderscollectief', kind: 'huurdersorganisatie', logo: 'logos/huurderscollectief.svg' },
  },
  groups: {
    federatie: { name: 'de Federatie', members: ['heuvelrug-wonen', 'rhenam-wonen', 'wbv-maarn'], signing: true },
    hos: { name: "de huurdersorganisaties (HO's)", members: ['hpf-ao', 'huurdersraad-maarn-maarsbergen', 'huurderscollectief'] },
  },
  kinds: {
    resultaat: 'Resultaatafspraak Federatie 2019-2024',
    proces: 'Procesafspraak',
    verzoek: 'Verzoek aan GUH',
  },
  review: 'Dit voorbeeld is onvolledig: de teksten die in het openbare document niet te lezen waren, ontbreken (zie het commentaar bovenaan).',
  chapters: [
    {
      title: 'Voorwoord',
      id: 'voorwoord',
      text: `Deze jaarschijf bouwt voort op de prestatieafspraken van 2018. De afspraken zijn tot stand gekomen in intensief overleg tussen de gemeente Utrechtse Heuvelrug (GUH), de Federatie van de woningcorporaties Heuvelrug Wonen, Rhenam Wonen en woningbouwvereniging Maarn, en de huurdersorganisaties HpF A&O, de Huurdersraad Maarn-Maarsbergen en het Huurderscollectief. De afkortingen staan in [bijlage](#afkortingen).`,
      sections: [
        { title: 'Nieuwe Woonvisie', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Woonvisie vertalen naar Prestatieafspraken', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Indeling', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Partijen', text: 'De partijen staan op de pagina Partijen vooraan in dit document; de tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Planning en proces', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Inhoud prestatieafspraken 2019 op hoofdlijnen', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
      ],
    },
    {
      title: "BOD 2019: Thema's van beleid",
      id: 'bod',
      text: "Het bod van de Federatie voor 2019, uitgewerkt in drie thema's binnen de afspraken voor 2019 tot 2024.",
      sections: [
        {
          title: 'Thema 1: Huisvesten specifieke doelgroepen, Leefbaarheid, Wonen & Zorg',
          sections: [{ title: 'Huisvesten specifieke doelgroepen', id: 'doelgroepen', theme: 'doelgroepen', indicators: ['statushouders'] }],
        },
        { title: 'Thema 2: Betaalbaarheid & Beschikbaarheid voor de doelgroep', text: 'De afspraken van dit thema konden in het openbare document niet worden ingezien.' },
        { title: 'Thema 3: Duurzaamheid', text: 'De afspraken van dit thema konden in het openbare document niet worden ingezien.' },
      ],
    },
    {
      title: 'Communicatie, monitoring en evaluatie',
      id: 'monitoring',
      sections: [
        { title: 'Afspraken over de prestatieafspraken', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Betrekken van de huurders', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        { title: 'Terug- en vooruitkijken', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
      ],
    },
    {
      title: 'Investeringen',
      id: 'investeringen',
      sections: [
        { title: 'Financiële positie en continuïteit', text: 'De tekst van deze paragraaf kon in het openbare document niet worden ingezien.' },
        {
          title: "Dashboard streefwaarden en key performance indicators (kpi's)",
          text: "Het dashboard van het document zelf kon niet worden ingezien. Hieronder staan de cijfers die de tekst van paragraaf 2.1.1 noemt, als indicatoren:",
          indicators: true,
        },
      ],
    },
  ],
  themes: {
    doelgroepen: {
      layout: 'lijst',
      title: 'Huisvesten specifieke doelgroepen',
      intro: `De Federatie wil bijzondere groepen sneller aan een woning helpen: studenten, statushouders, mensen die zorg nodig hebben, urgent woningzoekenden, mensen die begeleid zelfstandig gaan wonen en zorgmijders. Zij neemt haar deel van de taakstelling voor statushouders op zich en vangt samen met de gemeente mensen op die uit een instelling komen.

De huurdersorganisaties willen niet dat deze groepen voorgaan ten koste van de gewone woningzoekende, willen statushouders als reguliere woningzoekenden behandelen en willen hen gelijk over de kernen verdelen.`,
      afspraken: [
        { id: 'hsd-r1', kind: 'resultaat', text: 'De Federatie en de huurdersorganisaties zoeken samen naar andere woonvormen, zodat bijzondere groepen eerder een woning krijgen.', trekker: ['federatie', 'hos'], gereed: '2019-2024' },
        {
          id: 'hsd-r2',
          kind: 'resultaat',
          text: `De Federatie en de gemeente halen samen de taakstelling voor het huisvesten van statushouders. Daaronder liggen deze afspraken:
- Ten hoogste een kwart van de vrijkomende sociale huurwoningen gaat naar statushouders, zolang de mutatiegraad gelijk blijft aan die van 2018.
- Elke maand mailen de corporaties de gemeente een lijst van de woningen die aan statushouders zijn verhuurd, met ten minste adres, ingangsdatum en naam van de huurder.
- Elk kwartaal mailen de corporaties een overzicht in cijfers van de vrijgekomen en de verhuurde woningen.`,
          trekker: ['federatie', 'guh'],
          gereed: '2019-2024',
        },
        { id: 'hsd-p1', kind: 'proces', text: 'De corporaties nemen deel aan het signaleringsoverleg dat de sociale dorpsteams in de kernen organiseren.', trekker: ['federatie'] },
        { id: 'hsd-p2', kind: 'proces', text: 'Het laatstekansbeleid voor huurders die uit hun huis dreigen te worden gezet, blijft van kracht.', trekker: ['federatie'] },
        { id: 'hsd-v1', kind: 'verzoek', text: 'Een verzoek van de Federatie aan de gemeente; de tekst ervan kon in het openbare document niet verder worden ingezien.' },
      ],
    },
  },
  indicators: {
    statushouders: {
      title: 'Aandeel van de vrijkomende sociale huurwoningen dat naar statushouders gaat',
      unit: '%',
      baseline: { year: 2018, value: 'mutatiegraad 2018' },
      targets: { '2019': '≤ 25', '2020': '≤ 25', '2021': '≤ 25', '2022': '≤ 25', '2023': '≤ 25', '2024': '≤ 25' },
      note: 'Zolang de mutatiegraad gelijk blijft aan die van 2018.',
    },
    'rapportage-verhuur': {
      title: 'Overzicht van de aan statushouders verhuurde woningen aan de gemeente',
      unit: 'keer per jaar',
      targets: { '2019': 12 },
      note: 'Maandelijks, met adres, ingangsdatum en naam van de huurder.',
    },
    'rapportage-mutaties': {
      title: 'Overzicht in cijfers van vrijgekomen en verhuurde woningen',
      unit: 'keer per jaar',
      targets: { '2019': 4 },
      note: 'Elk kwartaal.',
    },
  },
  annexes: [
    {
      id: 'afkortingen',
      title: 'Lijst met afkortingen',
      table: {
        columns: ['Afkorting', 'Betekenis'],
        rows: [
          ['GUH', 'gemeente Utrechtse Heuvelrug'],
          ["HO's", 'huurdersorganisaties'],
          ['HpF A&O', 'HpF Amerongen en Omstreken'],
          ['wbv', 'woningbouwvereniging'],
          ['kpi', 'key performance indicator'],
        ],
      },
    },
    { id: 'definities', title: 'Definities en begrippen', text: 'De inhoud van deze bijlage kon in het openbare document niet worden ingezien.' },
    { id: 'samenwerking', title: 'Samenwerking', text: 'De inhoud van deze bijlage kon in het openbare document niet worden ingezien.' },
    { id: 'passend-toewijzen', title: 'Toelichting passend toewijzen', text: 'De inhoud van deze bijlage kon in het openbare document niet worden ingezien.' },
  ],
  page: { orientation: 'portrait' },
});
