// Every sentence gxc says, in English and French; `{name}` is filled from the parameters. The
// findings of the node come with their own two languages (Finding.message).
export type Lang = 'en' | 'fr'

type Text = { en: string; fr: string }

const MESSAGES = {
  // the program
  'cli.description': {
    en: 'The command line of bleu-catalogue partners and operators: keys, starter credentials, signing, offline validation, onboarding, bulk submission, the operator API, signed snapshots, backups.',
    fr: 'La ligne de commande des partenaires et des opérateurs de bleu-catalogue : clés, attestations de départ, signature, validation hors ligne, inscription, soumission en masse, API opérateur, instantanés signés, sauvegardes.',
  },
  'cli.help-after': {
    en: '\nExit codes: 0 done, 1 findings or refused, 2 usage error, unreadable input or node unreachable (also a fault of gxc itself: one line, GXC_DEBUG=1 adds the stack), 130 a bulk submission stopped by Ctrl-C.\nLanguage: --lang fr|en, else LC_ALL, LC_MESSAGES or LANG. Colours and progress bars only on a terminal (NO_COLOR turns colours off).\nPartner quick start and every command with an example: README.md, "Command line".\n',
    fr: '\nCodes de sortie : 0 fait, 1 constats ou refus, 2 erreur d’usage, entrée illisible ou nœud injoignable (ainsi qu’une faute de gxc lui-même : une ligne, GXC_DEBUG=1 ajoute la pile), 130 une soumission en masse arrêtée par Ctrl-C.\nLangue : --lang fr|en, sinon LC_ALL, LC_MESSAGES ou LANG. Couleurs et barres de progression sur un terminal seulement (NO_COLOR retire les couleurs).\nDémarrage rapide du partenaire et chaque commande avec un exemple : README.md, « Command line ».\n',
  },
  'cli.internal': {
    en: 'internal error, please report it: {what} (GXC_DEBUG=1 shows where)',
    fr: 'erreur interne, merci de la signaler : {what} (GXC_DEBUG=1 montre où)',
  },
  'help.usage': { en: 'Usage:', fr: 'Utilisation :' },
  'help.arguments': { en: 'Arguments:', fr: 'Arguments :' },
  'help.options': { en: 'Options:', fr: 'Options :' },
  'help.global-options': { en: 'Global Options:', fr: 'Options globales :' },
  'help.commands': { en: 'Commands:', fr: 'Commandes :' },
  'help.choices': { en: '(choices: ', fr: '(au choix : ' },
  'help.default': { en: '(default: ', fr: '(par défaut : ' },
  'state.active': { en: 'active', fr: 'actif' },
  'state.pending': { en: 'pending', fr: 'en attente' },
  'state.suspended': { en: 'suspended', fr: 'suspendu' },
  'state.revoked': { en: 'revoked', fr: 'révoquée' },
  'opt.version': { en: 'print the version', fr: 'affiche la version' },
  'opt.help': { en: 'show help for the command', fr: 'affiche l’aide de la commande' },
  'opt.help-command': { en: 'show help for a command', fr: 'affiche l’aide d’une commande' },
  'opt.json': {
    en: 'print the result as one JSON document on stdout',
    fr: 'écrit le résultat en un seul document JSON sur la sortie standard',
  },
  'opt.lang': { en: 'language of messages', fr: 'langue des messages' },
  'opt.no-color': { en: 'no colours', fr: 'sans couleurs' },
  'opt.key': {
    en: 'your key file (gxc keys new)',
    fr: 'votre fichier de clé (gxc keys new)',
  },
  'opt.node': {
    en: 'the catalogue node’s URL',
    fr: 'l’URL du nœud de catalogue',
  },
  'opt.did-document': {
    en: 'did:web DID documents to resolve issuers with (did:key and did:jwk need none)',
    fr: 'documents DID did:web pour résoudre les émetteurs (did:key et did:jwk n’en ont pas besoin)',
  },
  'opt.token-file': {
    en: 'file holding the admin token (default: GXC_ADMIN_TOKEN, else admin-token in --data-dir)',
    fr: 'fichier du jeton d’administration (par défaut : GXC_ADMIN_TOKEN, sinon admin-token dans --data-dir)',
  },
  'opt.data-dir-token': {
    en: 'the node’s data folder, where it wrote admin-token',
    fr: 'le dossier de données du nœud, où il a écrit admin-token',
  },
  'opt.data-dir': { en: 'the node’s data folder', fr: 'le dossier de données du nœud' },
  'opt.force': { en: 'replace an existing file', fr: 'remplace un fichier existant' },
  'progress.eta': { en: 'left', fr: 'restant' },

  // files and keys
  'file.unreadable': {
    en: 'cannot read {file}: {reason}',
    fr: 'impossible de lire {file} : {reason}',
  },
  'file.missing': { en: 'no such file or folder', fr: 'fichier ou dossier introuvable' },
  'file.denied': { en: 'permission denied', fr: 'permission refusée' },
  'file.folder': { en: 'it is a folder', fr: 'c’est un dossier' },
  'file.not-json': {
    en: 'not JSON nor a compact JWT ({detail})',
    fr: 'ni du JSON ni un JWT compact ({detail})',
  },
  'file.not-credential': {
    en: 'not a credential, a presentation or a list of credentials',
    fr: 'ni une attestation, ni une présentation, ni une liste d’attestations',
  },
  'file.unwritable': {
    en: 'cannot write {file}: {reason}',
    fr: 'impossible d’écrire {file} : {reason}',
  },
  'key.unusable': {
    en: 'the key file {file} is unusable: {reason}',
    fr: 'le fichier de clé {file} est inutilisable : {reason}',
  },
  'key.not-json': { en: 'it is not JSON', fr: 'ce n’est pas du JSON' },
  'key.no-secret': {
    en: 'it holds no secretKeyMultibase (make one with gxc keys new)',
    fr: 'il ne contient pas de secretKeyMultibase (créez-en un avec gxc keys new)',
  },
  'key.did-mismatch': {
    en: 'its did {did} is not the did:key of its key',
    fr: 'son did {did} n’est pas le did:key de sa clé',
  },
  'key.method-mismatch': {
    en: 'its verificationMethod is not a key of {did}',
    fr: 'sa verificationMethod n’est pas une clé de {did}',
  },
  'key.shared': {
    en: '{file} holds a secret key but group or others may read it (mode {mode}): run chmod 600 {file}',
    fr: '{file} contient une clé secrète mais le groupe ou les autres peuvent la lire (mode {mode}) : lancez chmod 600 {file}',
  },
  'did-document.invalid': {
    en: '{file} is not a DID document (a JSON object with an id)',
    fr: '{file} n’est pas un document DID (un objet JSON avec un id)',
  },

  // keys
  'keys.description': { en: 'your signing key', fr: 'votre clé de signature' },
  'keys.new.description': {
    en: 'make an Ed25519 key (did:key, or did:web with --did-web) in a file only you may read',
    fr: 'crée une clé Ed25519 (did:key, ou did:web avec --did-web) dans un fichier lisible par vous seul',
  },
  'keys.new.example': {
    en: '\nExamples:\n  gxc keys new --out key.json                      # prints your did:key\n  gxc keys new --did-web https://provider.example.eu --out key.json   # also writes did.json to publish at https://provider.example.eu/.well-known/did.json\n',
    fr: '\nExemples :\n  gxc keys new --out key.json                      # affiche votre did:key\n  gxc keys new --did-web https://fournisseur.example.eu --out key.json   # écrit aussi did.json, à publier sur https://fournisseur.example.eu/.well-known/did.json\n',
  },
  'keys.show.description': {
    en: 'print the DID of a key file',
    fr: 'affiche le DID d’un fichier de clé',
  },
  'keys.arg.file': { en: 'key file', fr: 'fichier de clé' },
  'keys.opt.out': { en: 'where to write the key (mode 0600)', fr: 'où écrire la clé (mode 0600)' },
  'keys.opt.did-web': {
    en: 'your https URL: the key is that did:web’s, and its DID document is written too',
    fr: 'votre URL https : la clé est celle de ce did:web, et son document DID est écrit aussi',
  },
  'keys.opt.did-document': {
    en: 'where to write the DID document (default: did.json beside the key)',
    fr: 'où écrire le document DID (par défaut : did.json à côté de la clé)',
  },
  'keys.opt.force': {
    en: 'replace existing files (the old key is lost)',
    fr: 'remplace les fichiers existants (l’ancienne clé est perdue)',
  },
  'keys.exists': {
    en: '{file} exists: a key is never overwritten without --force',
    fr: '{file} existe : une clé n’est jamais écrasée sans --force',
  },
  'keys.bad-did-web': {
    en: '--did-web {url} is not an http(s) URL such as https://provider.example.eu',
    fr: '--did-web {url} n’est pas une URL http(s) telle que https://fournisseur.example.eu',
  },
  'keys.wrote': {
    en: 'wrote {file} (mode 0600): keep it secret',
    fr: '{file} écrit (mode 0600) : gardez-le secret',
  },
  'keys.wrote-did-document': {
    en: 'wrote {file}: publish it at {url}, or have the node’s operator file it (PUT /api/v1/admin/did-documents/{did})',
    fr: '{file} écrit : publiez-le à {url}, ou faites-le déposer par l’opérateur du nœud (PUT /api/v1/admin/did-documents/{did})',
  },

  // new
  'new.description': {
    en: 'write a starter credential with every field the Gaia-X shapes require; fill the <your …> placeholders, then gxc validate',
    fr: 'écrit une attestation de départ avec chaque champ exigé par les formes Gaia-X ; remplissez les emplacements <your …>, puis gxc validate',
  },
  'new.arg.kind': {
    en: 'participant (gx:LegalPerson, gx:VatID, gx:Issuer), offering (gx:ServiceOffering) or resource (gx:Datacenter and its gx:AvailabilityZone)',
    fr: 'participant (gx:LegalPerson, gx:VatID, gx:Issuer), offering (gx:ServiceOffering) ou resource (gx:Datacenter et sa gx:AvailabilityZone)',
  },
  'new.opt.key': {
    en: 'your key file: fills in your DID',
    fr: 'votre fichier de clé : renseigne votre DID',
  },
  'new.opt.out': {
    en: 'where to write it (default: stdout)',
    fr: 'où l’écrire (par défaut : la sortie standard)',
  },
  'new.opt.name': {
    en: 'legal name, offering or datacenter name',
    fr: 'raison sociale, nom de l’offre ou du centre de données',
  },
  'new.opt.description': { en: 'the offering’s description', fr: 'la description de l’offre' },
  'new.opt.country': {
    en: 'ISO 3166-1 alpha-2 country code (FR)',
    fr: 'code pays ISO 3166-1 alpha-2 (FR)',
  },
  'new.opt.vat-id': { en: 'VAT number (FR44732829320)', fr: 'numéro de TVA (FR44732829320)' },
  'new.opt.locality': { en: 'city of a datacenter', fr: 'ville d’un centre de données' },
  'new.opt.keyword': { en: 'keywords of an offering', fr: 'mots-clés d’une offre' },
  'new.opt.terms-url': {
    en: 'URL of the offering’s terms and conditions',
    fr: 'URL des conditions générales de l’offre',
  },
  'new.opt.terms-hash': {
    en: 'their SHA-256, 64 hex digits',
    fr: 'leur SHA-256, 64 chiffres hexadécimaux',
  },
  'new.opt.terms-file': {
    en: 'a local copy of them, to compute the SHA-256',
    fr: 'leur copie locale, pour calculer le SHA-256',
  },
  'new.opt.hosted-on': {
    en: 'ids of resources the offering runs on',
    fr: 'identifiants des ressources sur lesquelles l’offre fonctionne',
  },
  'new.opt.id': {
    en: 'the subject id (default: a DID URL of your DID)',
    fr: 'l’identifiant du sujet (par défaut : une URL DID de votre DID)',
  },
  'new.example': {
    en: '\nExamples:\n  gxc new participant --key key.json --name "Exemple SAS" --vat-id FR44732829320 --country FR --out participant.json\n  gxc new offering --key key.json --name "Analytique souveraine" --description "…" --terms-url https://example.eu/terms.pdf --terms-file terms.pdf --out offering.json\n  gxc new resource --key key.json --name "Lyon 1" --country FR --locality Lyon --out datacenter.json\n',
    fr: '\nExemples :\n  gxc new participant --key key.json --name "Exemple SAS" --vat-id FR44732829320 --country FR --out participant.json\n  gxc new offering --key key.json --name "Analytique souveraine" --description "…" --terms-url https://exemple.eu/cgv.pdf --terms-file cgv.pdf --out offering.json\n  gxc new resource --key key.json --name "Lyon 1" --country FR --locality Lyon --out datacenter.json\n',
  },
  'new.bad-terms-hash': {
    en: '--terms-hash {value} is not a SHA-256 (64 hex digits)',
    fr: '--terms-hash {value} n’est pas un SHA-256 (64 chiffres hexadécimaux)',
  },
  'new.wrote': { en: 'wrote {file} ({kind})', fr: '{file} écrit ({kind})' },
  'new.placeholders': {
    en: '{count|placeholder|placeholders} <your …> to fill, then: gxc validate, gxc sign',
    fr: '{count|emplacement|emplacements} <your …> à remplir, puis : gxc validate, gxc sign',
  },
  'new.next': {
    en: 'complete: gxc validate {file}; gxc onboard or gxc submit sign it with your key as they send it',
    fr: 'complet : gxc validate {file} ; gxc onboard et gxc submit le signent avec votre clé à l’envoi',
  },

  // sign
  'sign.description': {
    en: 'sign the file’s unsigned credentials as their issuer (Data Integrity eddsa-rdfc-2022, or VC-JWT)',
    fr: 'signe les attestations non signées du fichier en tant que leur émetteur (Data Integrity eddsa-rdfc-2022, ou VC-JWT)',
  },
  'sign.arg.file': {
    en: 'a credential, a presentation or a list of them',
    fr: 'une attestation, une présentation ou une liste',
  },
  'sign.opt.format': {
    en: 'di (Data Integrity) or jwt (VC-JWT)',
    fr: 'di (Data Integrity) ou jwt (VC-JWT)',
  },
  'sign.opt.out': {
    en: 'where to write it (default: stdout)',
    fr: 'où l’écrire (par défaut : la sortie standard)',
  },
  'sign.example': {
    en: '\nExamples:\n  gxc sign offering.json --key key.json --out offering.signed.json\n  gxc sign offering.json --key key.json --format jwt --out offering.jwt\n',
    fr: '\nExemples :\n  gxc sign offering.json --key key.json --out offering.signee.json\n  gxc sign offering.json --key key.json --format jwt --out offering.jwt\n',
  },
  'sign.placeholders': {
    en: '{file} still holds placeholders: fill them before signing',
    fr: '{file} contient encore des emplacements : remplissez-les avant de signer',
  },
  'sign.not-issuer': {
    en: 'the credential is issued by {issuer}, the key is {did}',
    fr: 'l’attestation est émise par {issuer}, la clé est {did}',
  },
  'sign.failed': {
    en: '{file} cannot be signed: {reason}',
    fr: '{file} ne peut pas être signé : {reason}',
  },
  'sign.done': {
    en: 'signed {count|credential|credentials} as {did} ({skipped} already signed)',
    fr: '{count|attestation signée|attestations signées} par {did} ({skipped|déjà signée|déjà signées})',
  },

  // verify, validate
  'verify.description': {
    en: 'check every credential’s proofs offline, as the node does: signature, issuer’s key, validity period',
    fr: 'vérifie hors ligne les preuves de chaque attestation, comme le nœud : signature, clé de l’émetteur, période de validité',
  },
  'verify.arg.files': { en: 'credential files', fr: 'fichiers d’attestations' },
  'verify.example': {
    en: '\nExamples:\n  gxc verify offering.signed.json\n  gxc verify bleu-offering.json --did-document did.json   # a did:web issuer\n',
    fr: '\nExemples :\n  gxc verify offre.signee.json\n  gxc verify offre-bleu.json --did-document did.json   # un émetteur did:web\n',
  },
  'verify.ok': { en: 'verified, issued by {issuer}', fr: 'vérifiée, émise par {issuer}' },
  'verify.failed': { en: 'does not verify', fr: 'ne se vérifie pas' },
  'verify.summary-failed': {
    en: '{failed} of {count|credential does|credentials do} not verify',
    fr: '{failed} sur {count|attestation|attestations} ne se vérifient pas',
  },
  'validate.description': {
    en: 'run the node’s whole pipeline offline over the files as one submission: the same findings as the node, each with its JSON Pointer',
    fr: 'passe hors ligne les fichiers, comme une seule soumission, par toute la chaîne du nœud : les mêmes constats que le nœud, chacun avec son pointeur JSON',
  },
  'validate.arg.files': {
    en: 'credential files (an offering with its provider’s participant file)',
    fr: 'fichiers d’attestations (une offre avec le fichier participant de son fournisseur)',
  },
  'validate.example': {
    en: '\nExamples:\n  gxc validate participant.json\n  gxc validate participant.json offering.json   # the offering’s provider is in the first file\n',
    fr: '\nExemples :\n  gxc validate participant.json\n  gxc validate participant.json offre.json   # le fournisseur de l’offre est dans le premier fichier\n',
  },
  'validate.conforms': {
    en: '{count|credential|credentials} in {files|file|files} conform',
    fr: '{count|attestation|attestations} de {files|fichier|fichiers} conformes',
  },
  'validate.refused': {
    en: '{findings|finding|findings} in {count|credential|credentials} of {files|file|files}',
    fr: '{findings|constat|constats} dans {count|attestation|attestations} de {files|fichier|fichiers}',
  },
  'validate.unsigned': {
    en: '{count|credential is not signed yet|credentials are not signed yet}: gxc sign (or gxc onboard / gxc submit, which sign them)',
    fr: '{count|attestation n’est pas encore signée|attestations ne sont pas encore signées} : gxc sign (ou gxc onboard / gxc submit, qui les signent)',
  },

  // talking to a node
  'node.bad-url': {
    en: '--node {url} is not an http(s) URL',
    fr: '--node {url} n’est pas une URL http(s)',
  },
  'node.unreachable': {
    en: 'the node at {url} cannot be reached ({reason}): is it running? (npm start)',
    fr: 'le nœud {url} est injoignable ({reason}) : est-il démarré ? (npm start)',
  },
  'node.failed': {
    en: 'the node at {url} failed ({status} {detail}): try again later, or ask its operator',
    fr: 'le nœud {url} a échoué ({status} {detail}) : réessayez plus tard, ou demandez à son opérateur',
  },
  'node.waiting': {
    en: 'the node asks to slow down (its rate limit): waiting {seconds} s, and as long as it asks from now on',
    fr: 'le nœud demande de ralentir (sa limite de débit) : attente de {seconds} s, et autant qu’il le demandera désormais',
  },
  'node.refused': {
    en: 'the node refused ({status}): {detail}',
    fr: 'le nœud a refusé ({status}) : {detail}',
  },

  // onboard, submit, revoke, status
  'onboard.description': {
    en: 'present your participant credentials to the node (signing the unsigned ones): the challenge flow done for you',
    fr: 'présente vos attestations de participant au nœud (en signant celles qui ne le sont pas) : le défi-réponse fait pour vous',
  },
  'onboard.arg.files': {
    en: 'your participant files (gxc new participant), - for stdin',
    fr: 'vos fichiers de participant (gxc new participant), - pour l’entrée standard',
  },
  'onboard.example': {
    en: '\nExamples:\n  gxc onboard participant.json --key key.json --node https://catalogue.bleu.fr\n  gxc new participant --key key.json --name "Exemple SAS" --vat-id FR44732829320 --country FR | gxc onboard - --key key.json\n',
    fr: '\nExemples :\n  gxc onboard participant.json --key key.json --node https://catalogue.bleu.fr\n  gxc new participant --key key.json --name "Exemple SAS" --vat-id FR44732829320 --country FR | gxc onboard - --key key.json\n',
  },
  'onboard.not-ready': {
    en: 'not sent: the credentials are not ready',
    fr: 'non envoyé : les attestations ne sont pas prêtes',
  },
  'onboard.created': { en: 'onboarded {did}: {status}', fr: '{did} inscrit : {status}' },
  'onboard.again': {
    en: '{did} was onboarded already: {status}',
    fr: '{did} était déjà inscrit : {status}',
  },
  'onboard.pending': {
    en: 'pending: the operator of {node} must approve it before you submit (gxc admin approve {did})',
    fr: 'en attente : l’opérateur de {node} doit l’approuver avant vos soumissions (gxc admin approve {did})',
  },
  'submit.description': {
    en: 'submit offerings and resources in batches of 50, signing the unsigned ones; a rerun skips what the node stores, so it resumes',
    fr: 'soumet offres et ressources par lots de 50, en signant celles qui ne le sont pas ; une relance saute ce que le nœud détient, et reprend donc',
  },
  'submit.arg.paths': {
    en: 'files and folders (every .json, .jsonld, .jwt under them), - for stdin',
    fr: 'fichiers et dossiers (tous les .json, .jsonld, .jwt qu’ils contiennent), - pour l’entrée standard',
  },
  'submit.opt.batch': { en: 'credentials per presentation', fr: 'attestations par présentation' },
  'submit.opt.format': {
    en: 'how unsigned credentials are signed: di (Data Integrity) or jwt (VC-JWT, far faster for thousands)',
    fr: 'comment signer les attestations non signées : di (Data Integrity) ou jwt (VC-JWT, bien plus rapide pour des milliers)',
  },
  'submit.example': {
    en: '\nExamples:\n  gxc submit offering.json --key key.json\n  gxc submit offerings/ --key key.json --node https://catalogue.bleu.fr   # thousands: progress, rate, resumable\n',
    fr: '\nExemples :\n  gxc submit offre.json --key key.json\n  gxc submit offres/ --key key.json --node https://catalogue.bleu.fr   # des milliers : progression, débit, reprise\n',
  },
  'submit.bad-batch': {
    en: '--batch {value} is not a number from 1 to 1000',
    fr: '--batch {value} n’est pas un nombre de 1 à 1000',
  },
  'submit.preparing': { en: 'preparing', fr: 'préparation' },
  'submit.checking': { en: 'checking the node', fr: 'vérification du nœud' },
  'submit.sending': { en: 'submitting', fr: 'soumission' },
  'submit.progress': { en: 'submitting', fr: 'soumission' },
  'submit.rate': { en: ' ({rate} accepted/s)', fr: ' ({rate} acceptées/s)' },
  'submit.not-sent': { en: '; {count} not sent', fr: ' ; {count} non envoyées' },
  'submit.stopping': {
    en: 'stopping after the current batch (Ctrl-C again to stop now)',
    fr: 'arrêt après le lot en cours (Ctrl-C de nouveau pour arrêter tout de suite)',
  },
  'submit.resume': {
    en: 'interrupted: run the same command again to resume (what the node stores is skipped)',
    fr: 'interrompu : relancez la même commande pour reprendre (ce que le nœud détient est sauté)',
  },
  'submit.summary': {
    en: '{total|credential|credentials}: {accepted} accepted, {alreadyStored} already stored, {refused} refused, in {time}',
    fr: '{total|attestation|attestations} : {accepted|acceptée|acceptées}, {alreadyStored|déjà détenue|déjà détenues}, {refused|refusée|refusées}, en {time}',
  },
  'revoke.description': {
    en: 'revoke one of your offerings: a presentation holding its current credential',
    fr: 'révoque une de vos offres : une présentation contenant son attestation actuelle',
  },
  'revoke.arg.offering': { en: 'the offering id', fr: 'l’identifiant de l’offre' },
  'revoke.example': {
    en: '\nExample:\n  gxc revoke "did:key:z6Mk…#offering-analytique-souveraine" --key key.json\n',
    fr: '\nExemple :\n  gxc revoke "did:key:z6Mk…#offering-analytique-souveraine" --key key.json\n',
  },
  'revoke.done': { en: 'revoked {id}', fr: '{id} révoquée' },
  'revoke.already': { en: '{id} was revoked already', fr: '{id} était déjà révoquée' },
  'revoke.unknown': {
    en: '{node} holds no offering {id}: check the id (gxc status --key key.json lists how many you have there)',
    fr: '{node} ne détient aucune offre {id} : vérifiez l’identifiant (gxc status --key key.json dit combien vous en avez)',
  },
  'status.description': {
    en: 'your participant on the node: active, pending or suspended, and its offerings',
    fr: 'votre participant sur le nœud : actif, en attente ou suspendu, et ses offres',
  },
  'status.example': {
    en: '\nExample:\n  gxc status --key key.json\n',
    fr: '\nExemple :\n  gxc status --key key.json\n',
  },
  'status.unknown': {
    en: '{did} has not onboarded on {node}: gxc onboard',
    fr: '{did} n’est pas inscrit sur {node} : gxc onboard',
  },
  'status.line': {
    en: 'status {status}, {offerings|offering|offerings}, {credentials|own credential|own credentials}',
    fr: 'statut {status}, {offerings|offre|offres}, {credentials|attestation propre|attestations propres}',
  },

  // admin
  'admin.description': {
    en: 'the operator’s API, with the admin token (GXC_ADMIN_TOKEN, --token-file, or admin-token in --data-dir)',
    fr: 'l’API de l’opérateur, avec le jeton d’administration (GXC_ADMIN_TOKEN, --token-file, ou admin-token dans --data-dir)',
  },
  'admin.example': {
    en: '\nExamples:\n  gxc admin approve did:key:z6Mk…          # the token from ./data/admin-token\n  gxc admin suspend did:key:z6Mk… --node https://catalogue.bleu.fr --token-file /etc/gxc/token\n  gxc admin reindex\n  gxc admin peers add https://peer.example.eu\n  gxc admin peers list\n  gxc admin peers sync <id>\n  gxc admin peers remove <id>\n',
    fr: '\nExemples :\n  gxc admin approve did:key:z6Mk…          # le jeton de ./data/admin-token\n  gxc admin suspend did:key:z6Mk… --node https://catalogue.bleu.fr --token-file /etc/gxc/jeton\n  gxc admin reindex\n  gxc admin peers add https://pair.example.eu\n  gxc admin peers list\n  gxc admin peers sync <id>\n  gxc admin peers remove <id>\n',
  },
  'admin.approve.description': {
    en: 'approve a pending participant',
    fr: 'approuve un participant en attente',
  },
  'admin.suspend.description': { en: 'suspend a participant', fr: 'suspend un participant' },
  'admin.reindex.description': {
    en: 'rebuild the index from the stored credentials',
    fr: 'reconstruit l’index à partir des attestations stockées',
  },
  'admin.peers.description': {
    en: 'the nodes this node follows',
    fr: 'les nœuds que ce nœud suit',
  },
  'admin.peers.add.description': { en: 'register a peer', fr: 'enregistre un pair' },
  'admin.peers.list.description': {
    en: 'the peers and their sync state',
    fr: 'les pairs et l’état de leur synchronisation',
  },
  'admin.peers.remove.description': { en: 'stop following a peer', fr: 'cesse de suivre un pair' },
  'admin.peers.sync.description': { en: 'sync a peer now', fr: 'synchronise un pair maintenant' },
  'admin.arg.participant': { en: 'participant id or DID', fr: 'identifiant ou DID du participant' },
  'admin.arg.peer-url': { en: 'the peer’s URL', fr: 'l’URL du pair' },
  'admin.arg.peer-id': {
    en: 'the peer’s id (gxc admin peers list)',
    fr: 'l’identifiant du pair (gxc admin peers list)',
  },
  'admin.opt.did': { en: 'the DID the peer must have', fr: 'le DID que le pair doit avoir' },
  'admin.opt.kind': { en: 'node (default) or ces', fr: 'node (par défaut) ou ces' },
  'admin.opt.no-mirror': {
    en: 'only ask it at search time (scope=federation)',
    fr: 'seulement l’interroger à la recherche (scope=federation)',
  },
  'admin.no-token': {
    en: 'no admin token: set GXC_ADMIN_TOKEN, give --token-file, or point --data-dir at the node’s data folder (a node started without GXC_ADMIN_TOKEN writes it there; looked for {file})',
    fr: 'pas de jeton d’administration : définissez GXC_ADMIN_TOKEN, donnez --token-file, ou indiquez par --data-dir le dossier de données du nœud (un nœud démarré sans GXC_ADMIN_TOKEN l’y écrit ; cherché : {file})',
  },
  'admin.token-shared': {
    en: '{file} holds the admin token but group or others may read it (mode {mode}): run chmod 600 {file}',
    fr: '{file} contient le jeton d’administration mais le groupe ou les autres peuvent le lire (mode {mode}) : lancez chmod 600 {file}',
  },
  'admin.token-refused': {
    en: '(the token of {source} is not this node’s: set GXC_ADMIN_TOKEN, or give --token-file or --data-dir of this node)',
    fr: '(le jeton de {source} n’est pas celui de ce nœud : définissez GXC_ADMIN_TOKEN, ou donnez --token-file ou --data-dir de ce nœud)',
  },
  'admin.token-short': {
    en: '{file} holds no admin token of 32 characters or more',
    fr: '{file} ne contient pas de jeton d’administration d’au moins 32 caractères',
  },
  'admin.status-set': {
    en: '{name} ({did}) is now {status}',
    fr: '{name} ({did}) est maintenant {status}',
  },
  'admin.reindexed': { en: 'reindexed: {detail}', fr: 'réindexé : {detail}' },
  'admin.peer-added': {
    en: 'peer {id} registered: {url} ({did})',
    fr: 'pair {id} enregistré : {url} ({did})',
  },
  'admin.peer-known': {
    en: 'peer {id} was registered already: {url} ({did})',
    fr: 'pair {id} déjà enregistré : {url} ({did})',
  },
  'admin.peer-removed': {
    en: 'peer {id} removed (what it mirrored stays)',
    fr: 'pair {id} retiré (ce qu’il a reflété reste)',
  },
  'admin.no-peers': { en: 'no peers', fr: 'aucun pair' },
  'admin.never': { en: 'never synced', fr: 'jamais synchronisé' },
  'admin.peer-state': {
    en: 'cursor {cursor}, lag {lag}, {accepted} accepted, {rejected} rejected',
    fr: 'curseur {cursor}, retard {lag}, {accepted|acceptée|acceptées}, {rejected|rejetée|rejetées}',
  },
  'admin.synced': {
    en: 'peer {id}: {accepted} accepted, {rejected} rejected, {unchanged} unchanged',
    fr: 'pair {id} : {accepted|acceptée|acceptées}, {rejected|rejetée|rejetées}, {unchanged|inchangée|inchangées}',
  },

  // export, import
  'export.description': {
    en: 'write the node’s signed snapshot: every credential as received, the DID documents and contexts to check them offline, a manifest of hashes the node signs (admin token)',
    fr: 'écrit l’instantané signé du nœud : chaque attestation telle que reçue, les documents DID et contextes pour les vérifier hors ligne, un manifeste d’empreintes signé par le nœud (jeton d’administration)',
  },
  'export.arg.file': { en: 'the snapshot file to write', fr: 'le fichier d’instantané à écrire' },
  'export.example': {
    en: '\nExample:\n  gxc export bleu.snapshot.json --node http://127.0.0.1:8787 --data-dir ./data\n',
    fr: '\nExemple :\n  gxc export bleu.instantane.json --node http://127.0.0.1:8787 --data-dir ./data\n',
  },
  'export.progress': { en: 'reading the feed', fr: 'lecture du flux' },
  'export.done': {
    en: 'wrote {file}: {events|event|events}, {credentials|credential|credentials}, signed by {did} in {time}',
    fr: '{file} écrit : {events|événement|événements}, {credentials|attestation|attestations}, signé par {did} en {time}',
  },
  'export.foreign-did-web': {
    en: '{count} did:web issuers besides the node ({dids}): the node does not publish the DID documents it holds, so give them to gxc import with --did-document',
    fr: '{count} émetteurs did:web en plus du nœud ({dids}) : le nœud ne publie pas les documents DID qu’il détient, donnez-les à gxc import avec --did-document',
  },
  'import.description': {
    en: 'check a snapshot offline (signature, digests, every hash), then store it into a node or a data folder; a tampered snapshot is refused whole',
    fr: 'vérifie hors ligne un instantané (signature, empreintes, chaque hash), puis le stocke dans un nœud ou un dossier de données ; un instantané altéré est refusé en entier',
  },
  'import.arg.file': { en: 'a snapshot from gxc export', fr: 'un instantané de gxc export' },
  'import.opt.node': {
    en: 'store into this running node (admin token)',
    fr: 'stocke dans ce nœud en marche (jeton d’administration)',
  },
  'import.opt.data-dir': {
    en: 'store into this data folder',
    fr: 'stocke dans ce dossier de données',
  },
  'import.opt.verify': {
    en: 'check offline (always done first; alone, stores nothing)',
    fr: 'vérifie hors ligne (toujours fait d’abord ; seul, ne stocke rien)',
  },
  'import.example': {
    en: '\nExamples:\n  gxc import bleu.snapshot.json --verify                     # check only\n  gxc import bleu.snapshot.json --data-dir ./data-b --verify # into an empty node’s folder\n  gxc import bleu.snapshot.json --data-dir ./data-b --trust-node-key did:key:z6Mk… # and file the node’s DID document\n  gxc import bleu.snapshot.json --node http://127.0.0.1:8788 --token-file data-b/admin-token\n',
    fr: '\nExemples :\n  gxc import bleu.instantane.json --verify                     # vérifier seulement\n  gxc import bleu.instantane.json --data-dir ./data-b --verify # dans le dossier d’un nœud vide\n  gxc import bleu.instantane.json --data-dir ./data-b --trust-node-key did:key:z6Mk… # et déposer le document DID du nœud\n  gxc import bleu.instantane.json --node http://127.0.0.1:8788 --token-file data-b/admin-token\n',
  },
  'import.opt.trust-node-key': {
    en: 'file the snapshot node’s did:web document on the target, once you have checked that this key is that node’s (its /.well-known/did.json)',
    fr: 'dépose sur la cible le document did:web du nœud de l’instantané, après avoir vérifié que cette clé est bien la sienne (son /.well-known/did.json)',
  },
  'import.node-key-not-filed': {
    en: '{did}’s DID document is not filed: its own credentials verify on the target only if it already holds that document; check that {didKey} is {did}’s key (its /.well-known/did.json), then add --trust-node-key {didKey}',
    fr: 'le document DID de {did} n’est pas déposé : ses propres attestations ne se vérifient sur la cible que si elle détient déjà ce document ; vérifiez que {didKey} est la clé de {did} (son /.well-known/did.json), puis ajoutez --trust-node-key {didKey}',
  },
  'import.node-key-mismatch': {
    en: 'the snapshot names {didKey} as {did}’s key, not {trusted} as --trust-node-key says: refused',
    fr: 'l’instantané désigne {didKey} comme clé de {did}, et non {trusted} comme le dit --trust-node-key : refusé',
  },
  'import.documents-ignored': {
    en: 'DID documents of other DIDs in the snapshot are not filed ({dids}): give those you trust with --did-document',
    fr: 'les documents DID d’autres DID présents dans l’instantané ne sont pas déposés ({dids}) : donnez ceux auxquels vous vous fiez avec --did-document',
  },
  'import.both-targets': {
    en: 'give --node or --data-dir, not both',
    fr: 'donnez --node ou --data-dir, pas les deux',
  },
  'import.checking': { en: 'checking', fr: 'vérification' },
  'import.storing': { en: 'storing', fr: 'stockage' },
  'import.refused': {
    en: '{file} is refused whole: nothing was stored',
    fr: '{file} est refusé en entier : rien n’a été stocké',
  },
  'import.verified': {
    en: '{file} verified: {events|event|events} of {did} (key {didKey}), signed {at}',
    fr: '{file} vérifié : {events|événement|événements} de {did} (clé {didKey}), signé le {at}',
  },
  'import.done': {
    en: 'imported: {accepted} stored, {unchanged} unchanged, {rejected} refused, in {time}',
    fr: 'importé : {accepted|stockée|stockées}, {unchanged|inchangée|inchangées}, {rejected|refusée|refusées}, en {time}',
  },
  'snapshot.not-json': {
    en: '{file} is not JSON: not a snapshot',
    fr: '{file} n’est pas du JSON : pas un instantané',
  },
  'snapshot.not-snapshot': {
    en: 'not a snapshot ({format}): format, node, events, didDocuments, contexts and manifest are expected',
    fr: 'pas un instantané ({format}) : format, node, events, didDocuments, contexts et manifest sont attendus',
  },
  'snapshot.signer-unknown': {
    en: 'the manifest is issued by {did}, which is not the snapshot’s node or has no DID document in it',
    fr: 'le manifeste est émis par {did}, qui n’est pas le nœud de l’instantané ou n’y a pas de document DID',
  },
  'snapshot.did-key-mismatch': {
    en: 'the DID document of {did} does not hold the key of {didKey}',
    fr: 'le document DID de {did} ne contient pas la clé de {didKey}',
  },
  'snapshot.signature': {
    en: 'the manifest’s signature does not verify: {reason}',
    fr: 'la signature du manifeste ne se vérifie pas : {reason}',
  },
  'snapshot.digest': {
    en: 'the manifest signs {name} {signed}, the snapshot holds {computed}',
    fr: 'le manifeste signe {name} {signed}, l’instantané contient {computed}',
  },
  'snapshot.order': {
    en: 'event {index} is out of order (seq must increase)',
    fr: 'l’événement {index} n’est pas dans l’ordre (seq doit croître)',
  },
  'snapshot.hash': {
    en: 'event {seq}: the credential {id} does not hash to its event’s hash',
    fr: 'événement {seq} : l’attestation {id} n’a pas l’empreinte de son événement',
  },
  'snapshot.context-differs': {
    en: 'the context {url} differs from the one this gxc pins: the importing node verifies with its own',
    fr: 'le contexte {url} diffère de celui que ce gxc épingle : le nœud importateur vérifie avec le sien',
  },

  // backup, restore
  'backup.description': {
    en: 'copy the node’s database consistently, while it runs (SQLite online backup)',
    fr: 'copie la base du nœud de façon cohérente, pendant qu’il tourne (sauvegarde à chaud SQLite)',
  },
  'backup.arg.file': { en: 'the backup file to write', fr: 'le fichier de sauvegarde à écrire' },
  'backup.example': {
    en: '\nExample:\n  gxc backup backups/catalogue-$(date +%F).db --data-dir ./data\n(The node key, data/node-key.json, and the admin token are not in the database: keep them safe apart.)\n',
    fr: '\nExemple :\n  gxc backup sauvegardes/catalogue-$(date +%F).db --data-dir ./data\n(La clé du nœud, data/node-key.json, et le jeton d’administration ne sont pas dans la base : gardez-les à part, en sûreté.)\n',
  },
  'backup.no-database': { en: 'no database at {file}', fr: 'pas de base en {file}' },
  'backup.exists': {
    en: '{file} exists: use --force to replace it',
    fr: '{file} existe : --force pour le remplacer',
  },
  'backup.progress': { en: 'copying', fr: 'copie' },
  'backup.done': {
    en: 'wrote {file} ({mib} MiB) in {time}',
    fr: '{file} écrit ({mib} Mio) en {time}',
  },
  'backup.failed': { en: 'the backup failed: {reason}', fr: 'la sauvegarde a échoué : {reason}' },
  'restore.description': {
    en: 'put a backup back as the node’s database, after checking its integrity; never while a node holds it',
    fr: 'remet une sauvegarde comme base du nœud, après contrôle de son intégrité ; jamais pendant qu’un nœud la tient',
  },
  'restore.arg.file': { en: 'a file from gxc backup', fr: 'un fichier de gxc backup' },
  'restore.opt.force': {
    en: 'replace the data folder’s database',
    fr: 'remplace la base du dossier de données',
  },
  'restore.example': {
    en: '\nExample (the node stopped):\n  gxc restore backups/catalogue-2026-11-28.db --data-dir ./data --force\n',
    fr: '\nExemple (nœud arrêté) :\n  gxc restore sauvegardes/catalogue-2026-11-28.db --data-dir ./data --force\n',
  },
  'restore.exists': {
    en: '{file} exists: --force replaces it (stop the node first)',
    fr: '{file} existe : --force le remplace (arrêtez d’abord le nœud)',
  },
  'restore.in-use': {
    en: '{file} is open in a running node: stop it, then restore',
    fr: '{file} est ouvert par un nœud en marche : arrêtez-le, puis restaurez',
  },
  'restore.not-catalogue': { en: 'not a catalogue database', fr: 'pas une base de catalogue' },
  'restore.unsound': {
    en: '{file} is not a sound backup ({problems}): nothing was changed',
    fr: '{file} n’est pas une sauvegarde saine ({problems}) : rien n’a été modifié',
  },
  'restore.failed': {
    en: 'the restore failed: {reason}',
    fr: 'la restauration a échoué : {reason}',
  },
  'restore.done': { en: 'restored {file} into {target}', fr: '{file} restauré dans {target}' },
} satisfies Record<string, Text>

export type MessageKey = keyof typeof MESSAGES

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key)
}

/**
 * A message in `lang`, its `{name}`s filled from `params`; `{name|one|many}` is the number and
 * the form its count takes (French counts 0 and 1 as singular, English only 1).
 *
 * @example translate('fr', 'validate.conforms', { count: 1, files: 2 }) // '1 attestation de 2 fichiers conformes'
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][lang].replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, many?: string) => {
      if (!(name in params)) return whole
      const value = params[name]!
      if (one === undefined || many === undefined) return String(value)
      const n = Math.abs(Number(value))
      return `${value} ${n === 1 || (lang === 'fr' && n < 1) ? one : many}`
    },
  )
}

// commander's usage errors, which it words itself, in French: [pattern, replacement]
const COMMANDER_FR: [RegExp, string][] = [
  [/error: unknown command '(.+?)'/, 'erreur : commande inconnue « $1 »'],
  [/error: unknown option '(.+?)'/, 'erreur : option inconnue « $1 »'],
  [/error: required option '(.+?)' not specified/, 'erreur : l’option obligatoire « $1 » manque'],
  [/error: missing required argument '(.+?)'/, 'erreur : l’argument obligatoire « $1 » manque'],
  [/error: option '(.+?)' argument missing/, 'erreur : l’option « $1 » attend une valeur'],
  [
    /error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\./,
    'erreur : l’option « $1 » ne prend pas « $2 ». Choix possibles : $3.',
  ],
  [
    /error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. Allowed choices are (.+?)\./,
    'erreur : « $1 » ne convient pas à l’argument « $2 ». Choix possibles : $3.',
  ],
  [
    /error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    'erreur : trop d’arguments ($2 attendus, $3 reçus).',
  ],
  [/\(Did you mean (.+?)\?\)/, '(vouliez-vous dire $1 ?)'],
  [/^error: /, 'erreur : '],
]

/** A usage error commander wrote in English, in French; what it does not know stays as is. */
export function commanderInFrench(text: string): string {
  return COMMANDER_FR.reduce((said, [pattern, french]) => said.replace(pattern, french), text)
}
