// The project's SHACL shapes for Gaia-X Trust Framework 22.10 ("Tagus"), as data. Every
// constraint is taken from the official shapes (schemas/reference/gaia-x/tagus-2210/shapes.ttl,
// open shapes); README.md in this folder says which classes are covered and lists each deliberate
// difference. Generated once by a throw-away script, then reviewed like code. A TS module rather
// than a .ttl file so that tsx, vitest, tsc and wrangler's esbuild import it alike with no loader:
// the Turtle inside must therefore never hold a backtick or a dollar sign followed by a brace.

/** The Tagus 22.10 namespace: the gx: prefix of these shapes. */
export const TAGUS_NAMESPACE =
  'https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#'

/** Tagus 22.10 shapes (Turtle), under the prefix `tg:` (urn:bleu-catalogue:shapes:tagus-2210:). */
export const tagusShapes = String.raw`@prefix tg: <urn:bleu-catalogue:shapes:tagus-2210:> .
@prefix gx: <https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

# ==================================================================================================
# Participants
# ==================================================================================================

# A legal participant: addresses and at least one registration number credential.
tg:LegalParticipantShape
  a sh:NodeShape ;
  sh:targetClass gx:LegalParticipant ;
  sh:property
    [ sh:path gx:subOrganization ; sh:node tg:LegalParticipantShape ],
    [ sh:path gx:headquarterAddress ; sh:minCount 1 ; sh:node tg:PostalAddressShape ],
    [ sh:path gx:legalAddress ; sh:minCount 1 ; sh:node tg:PostalAddressShape ],
    [ sh:path gx:parentOrganization ; sh:node tg:LegalParticipantShape ],
    [ sh:path gx:legalRegistrationNumber ;
      sh:minCount 1 ;
      sh:nodeKind sh:IRI ;
      sh:class gx:legalRegistrationNumber ] .

# Every participant node must be an IRI (a DID or URL), never a blank node.
tg:ParticipantShape
  a sh:NodeShape ;
  sh:targetClass gx:LegalParticipant,
    gx:Participant ;
  sh:nodeKind sh:IRI .

# Addresses of a legal participant (used through sh:node): an ISO 3166-2 subdivision code. The
# official shape also targets the property names gx:headquarterAddress and gx:legalAddress as
# classes; kept as published.
tg:PostalAddressShape
  a sh:NodeShape ;
  sh:targetClass gx:headquarterAddress,
    gx:legalAddress ;
  sh:property
    [ sh:path gx:countrySubdivisionCode ;
      sh:minCount 1 ;
      sh:datatype xsd:string ;
      sh:pattern "^[a-zA-Z]{2}-(?:[a-zA-Z]{1,3}|[0-9]{1,3})$" ;
      sh:flags "i" ;
      sh:message "an ISO 3166-2 format value is expected." ] .

# The registration-number credential: at least one of the five kinds, each a string of three
# characters or more.
tg:legalRegistrationNumberShape
  a sh:NodeShape ;
  sh:targetClass gx:legalRegistrationNumber ;
  sh:message "At least one of taxID, vatID, EUID, EORI or leiCode must be defined." ;
  sh:or (
    [ sh:path gx:taxID ; sh:minCount 1 ]
    [ sh:path gx:EUID ; sh:minCount 1 ]
    [ sh:path gx:EORI ; sh:minCount 1 ]
    [ sh:path gx:vatID ; sh:minCount 1 ]
    [ sh:path gx:leiCode ; sh:minCount 1 ]
  ) ;
  sh:property
    [ sh:path gx:EORI ; sh:datatype xsd:string ; sh:minLength 3 ],
    [ sh:path gx:vatID ; sh:datatype xsd:string ; sh:minLength 3 ],
    [ sh:path gx:EUID ; sh:datatype xsd:string ; sh:minLength 3 ],
    [ sh:path gx:taxID ; sh:datatype xsd:string ; sh:minLength 3 ],
    [ sh:path gx:leiCode ; sh:datatype xsd:string ; sh:minLength 3 ] .

# Acceptance of the Gaia-X terms: the exact published text.
tg:GaiaXTermsAndConditionsShape
  a sh:NodeShape ;
  sh:targetClass gx:GaiaXTermsAndConditions ;
  sh:property
    [ sh:path gx:termsAndConditions ;
      sh:minCount 1 ;
      sh:datatype xsd:string ;
      sh:hasValue """The PARTICIPANT signing the Self-Description agrees as follows:
- to update its descriptions about any changes, be it technical, organizational, or legal - especially but not limited to contractual in regards to the indicated attributes present in the descriptions.

The keypair used to sign Verifiable Credentials will be revoked where Gaia-X Association becomes aware of any inaccurate statements in regards to the claims which result in a non-compliance with the Trust Framework and policy rules defined in the Policy Rules and Labelling Document (PRLD).""" ] .


# ==================================================================================================
# Service offerings
# ==================================================================================================

# A service offering: provider, terms, policy, data export; gx:dependsOn and gx:aggregationOf are
# optional, but when present they must link offerings and resources.
tg:ServiceOfferingShape
  a sh:NodeShape ;
  sh:targetClass gx:ServiceOffering ;
  sh:or ( [ sh:property tg:dependsOnExists ] [ sh:property tg:dependsOnNotExists ] ),
    ( [ sh:property tg:aggregationOfExists ] [ sh:property tg:aggregationOfNotExists ] ) ;
  sh:property
    [ sh:path gx:termsAndConditions ;
      sh:name "terms & conditions" ;
      sh:minCount 1 ;
      sh:node tg:SOTermsAndConditionsShape ;
      sh:description "a resolvable link to the service offering self-description related to the service and that can exist independently of it." ],
    [ sh:path gx:dataProtectionRegime ;
      sh:name "data protection regime" ;
      sh:datatype xsd:string ;
      sh:in ( "GDPR2016" "LGPD2019" "PDPA2012" "CCPA2018" "VCDPA2021" ) ;
      sh:message "Refer to https://gaia-x.gitlab.io/policy-rules-committee/trust-framework/service_and_subclasses/#service-offering Personal Data Protection Regimes" ;
      sh:description "a list of data protection regime" ],
    [ sh:path gx:providedBy ;
      sh:name "provided by" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:description "a resolvable link to the participant self-description providing the service." ],
    tg:ServiceOffering-policy,
    [ sh:path gx:dataAccountExport ;
      sh:name "data account export" ;
      sh:minCount 1 ;
      sh:node tg:DataAccountExportShape ;
      sh:description "list of methods to export data from your user’s account out of the service" ] .

# gx:policy, the same in 4 node shapes.
tg:ServiceOffering-policy
  sh:path gx:policy ;
  sh:name "policy" ;
  sh:minCount 1 ;
  sh:datatype xsd:string ;
  sh:description "a list of policy expressed using a DSL (e.g., Rego or ODRL) (access control, throttling, usage, retention, …)." .

# Branch of the gx:dependsOn alternative: at least one link to a service offering, itself
# conforming.
tg:dependsOnExists
  sh:path gx:dependsOn ;
  sh:name "depends on" ;
  sh:minCount 1 ;
  sh:node tg:ServiceOfferingShape ;
  sh:qualifiedValueShape [ sh:class gx:ServiceOffering ] ;
  sh:qualifiedMinCount 1 ;
  sh:description "a resolvable link to the service offering self-description related to the service and that can exist independently of it." .

# Branch of the gx:dependsOn alternative: no gx:dependsOn at all.
tg:dependsOnNotExists
  sh:path gx:dependsOn ;
  sh:name "depends on" ;
  sh:maxCount 0 ;
  sh:description "a resolvable link to the service offering self-description related to the service and that can exist independently of it." .

# Branch of the gx:aggregationOf alternative: at least one link to a resource.
tg:aggregationOfExists
  sh:path gx:aggregationOf ;
  sh:name "aggregation of" ;
  sh:minCount 1 ;
  sh:qualifiedValueShape [ sh:or (
      [ sh:class gx:PhysicalResource ]
      [ sh:class gx:VirtualResource ]
      [ sh:class gx:DataResource ]
      [ sh:class gx:SoftwareResource ]
    ) ] ;
  sh:qualifiedMinCount 1 ;
  sh:description "a resolvable link to the resources self-description related to the service and that can exist independently of it." .

# Branch of the gx:aggregationOf alternative: no gx:aggregationOf at all.
tg:aggregationOfNotExists
  sh:path gx:aggregationOf ;
  sh:name "aggregation of" ;
  sh:maxCount 0 ;
  sh:description "a resolvable link to the resources self-description related to the service and that can exist independently of it." .

# Terms and conditions of an offering (used through sh:node): URL and SHA-256 hash.
tg:SOTermsAndConditionsShape
  a sh:NodeShape ;
  sh:targetClass gx:SOTermsAndConditions ;
  sh:property
    [ sh:path gx:hash ;
      sh:name "hash" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "sha256 hash of the above document." ],
    [ sh:path gx:URL ;
      sh:name "URL" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "a resolvable link to document" ] .

# How a customer exports its data (used through sh:node; the official target class is the lower-case
# gx:dataAccountExport).
tg:DataAccountExportShape
  a sh:NodeShape ;
  sh:targetClass gx:dataAccountExport ;
  sh:property
    [ sh:path gx:formatType ;
      sh:name "Format type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:pattern "^\\w+/[-+.\\w]+$" ;
      sh:flags "i" ;
      sh:message "type of Media Types (formerly known as MIME types) as defined by the IANA." ],
    [ sh:path gx:accessType ;
      sh:name "Access type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:in ( "digital" "physical" ) ;
      sh:description "type of data support: digital, physical." ],
    [ sh:path gx:requestType ;
      sh:name "Request type" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:in ( "API" "email" "webform" "unregisteredLetter" "registeredLetter" "supportCenter" ) ] .


# ==================================================================================================
# Resources
# ==================================================================================================

# A data resource (a DCAT dataset exposed through an offering).
tg:DataResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:DataResource ;
  sh:closed false ;
  sh:property
    [ sh:path gx:obsoleteDateTime ;
      sh:name "obsolete date time" ;
      sh:minCount 0 ;
      sh:maxCount 1 ;
      sh:datatype xsd:dateTime ;
      sh:description "date time in ISO 8601 format after which data is obsolete." ],
    tg:ServiceOffering-policy,
    [ sh:path gx:containsPII ;
      sh:name "contains PII" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:datatype xsd:boolean ;
      sh:description "Whether the service contains Personal Identifiable Informations." ],
    tg:DataResource-copyrightOwnedBy,
    [ sh:path gx:producedBy ;
      sh:name "produced by" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:nodeKind sh:IRI ;
      sh:description "a resolvable link to the participant self-description legally enabling the data usage." ],
    tg:DataResource-license,
    [ sh:path gx:exposedThrough ;
      sh:name "exposed through" ;
      sh:minCount 1 ;
      sh:nodeKind sh:IRI ;
      sh:description "A resolvable link to the data exchange component that exposes the data resource." ],
    [ sh:path gx:aggregationOf ;
      sh:name "aggregation of" ;
      sh:or (
        [ sh:class gx:VirtualResource ]
        [ sh:class gx:PhysicalResource ]
        [ sh:class gx:DataResource ]
      ) ;
      sh:description "A resolvable link of resources related to the resource and that can exist independently of it." ],
    tg:DataResource-name,
    tg:DataResource-description,
    [ sh:path gx:expirationDateTime ;
      sh:name "expiration date time" ;
      sh:minCount 0 ;
      sh:maxCount 1 ;
      sh:datatype xsd:dateTime ;
      sh:description "date time in ISO 8601 format after which data is expired and shall be deleted." ] .

# gx:copyrightOwnedBy, the same in 3 node shapes.
tg:DataResource-copyrightOwnedBy
  sh:path gx:copyrightOwnedBy ;
  sh:name "copyright owned by" ;
  sh:minCount 1 ;
  sh:or ( [ sh:class gx:LegalParticipant ] [ sh:datatype xsd:string ] ) ;
  sh:description "A list of copyright owners either as a free form string or as resolvable link to Gaia-X Credential of participants. A copyright owner is a person or organization that has the right to exploit the resource. Copyright owner does not necessarily refer to the author of the resource, who is a natural person and may differ from copyright owner." .

# gx:license, the same in 3 node shapes.
tg:DataResource-license
  sh:path gx:license ;
  sh:minCount 1 ;
  sh:or (
    [ sh:in (
        "0BSD" "AAL" "Abstyles" "AdaCore-doc" "Adobe-2006" "Adobe-Glyph" "ADSL" "AFL-1.1" "AFL-1.2"
        "AFL-2.0" "AFL-2.1" "AFL-3.0" "Afmparse" "AGPL-1.0-only" "AGPL-1.0-or-later" "AGPL-3.0-only"
        "AGPL-3.0-or-later" "Aladdin" "AMDPLPA" "AML" "AMPAS" "ANTLR-PD" "ANTLR-PD-fallback"
        "Apache-1.0" "Apache-1.1" "Apache-2.0" "APAFML" "APL-1.0" "App-s2p" "APSL-1.0" "APSL-1.1"
        "APSL-1.2" "APSL-2.0" "Arphic-1999" "Artistic-1.0" "Artistic-1.0-cl8" "Artistic-1.0-Perl"
        "Artistic-2.0" "ASWF-Digital-Assets-1.0" "ASWF-Digital-Assets-1.1" "Baekmuk" "Bahyph" "Barr"
        "Beerware" "Bitstream-Charter" "Bitstream-Vera" "BitTorrent-1.0" "BitTorrent-1.1" "blessing"
        "BlueOak-1.0.0" "Boehm-GC" "Borceux" "Brian-Gladman-3-Clause" "BSD-1-Clause" "BSD-2-Clause"
        "BSD-2-Clause-Patent" "BSD-2-Clause-Views" "BSD-3-Clause" "BSD-3-Clause-Attribution"
        "BSD-3-Clause-Clear" "BSD-3-Clause-LBNL" "BSD-3-Clause-Modification"
        "BSD-3-Clause-No-Military-License" "BSD-3-Clause-No-Nuclear-License"
        "BSD-3-Clause-No-Nuclear-License-2014" "BSD-3-Clause-No-Nuclear-Warranty"
        "BSD-3-Clause-Open-MPI" "BSD-4-Clause" "BSD-4-Clause-Shortened" "BSD-4-Clause-UC"
        "BSD-4.3RENO" "BSD-4.3TAHOE" "BSD-Advertising-Acknowledgement"
        "BSD-Attribution-HPND-disclaimer" "BSD-Protection" "BSD-Source-Code" "BSL-1.0" "BUSL-1.1"
        "bzip2-1.0.6" "C-UDA-1.0" "CAL-1.0" "CAL-1.0-Combined-Work-Exception" "Caldera" "CATOSL-1.1"
        "CC-BY-1.0" "CC-BY-2.0" "CC-BY-2.5" "CC-BY-2.5-AU" "CC-BY-3.0" "CC-BY-3.0-AT" "CC-BY-3.0-DE"
        "CC-BY-3.0-IGO" "CC-BY-3.0-NL" "CC-BY-3.0-US" "CC-BY-4.0" "CC-BY-NC-1.0" "CC-BY-NC-2.0"
        "CC-BY-NC-2.5" "CC-BY-NC-3.0" "CC-BY-NC-3.0-DE" "CC-BY-NC-4.0" "CC-BY-NC-ND-1.0"
        "CC-BY-NC-ND-2.0" "CC-BY-NC-ND-2.5" "CC-BY-NC-ND-3.0" "CC-BY-NC-ND-3.0-DE"
        "CC-BY-NC-ND-3.0-IGO" "CC-BY-NC-ND-4.0" "CC-BY-NC-SA-1.0" "CC-BY-NC-SA-2.0"
        "CC-BY-NC-SA-2.0-DE" "CC-BY-NC-SA-2.0-FR" "CC-BY-NC-SA-2.0-UK" "CC-BY-NC-SA-2.5"
        "CC-BY-NC-SA-3.0" "CC-BY-NC-SA-3.0-DE" "CC-BY-NC-SA-3.0-IGO" "CC-BY-NC-SA-4.0"
        "CC-BY-ND-1.0" "CC-BY-ND-2.0" "CC-BY-ND-2.5" "CC-BY-ND-3.0" "CC-BY-ND-3.0-DE" "CC-BY-ND-4.0"
        "CC-BY-SA-1.0" "CC-BY-SA-2.0" "CC-BY-SA-2.0-UK" "CC-BY-SA-2.1-JP" "CC-BY-SA-2.5"
        "CC-BY-SA-3.0" "CC-BY-SA-3.0-AT" "CC-BY-SA-3.0-DE" "CC-BY-SA-3.0-IGO" "CC-BY-SA-4.0"
        "CC-PDDC" "CC0-1.0" "CDDL-1.0" "CDDL-1.1" "CDL-1.0" "CDLA-Permissive-1.0"
        "CDLA-Permissive-2.0" "CDLA-Sharing-1.0" "CECILL-1.0" "CECILL-1.1" "CECILL-2.0" "CECILL-2.1"
        "CECILL-B" "CECILL-C" "CERN-OHL-1.1" "CERN-OHL-1.2" "CERN-OHL-P-2.0" "CERN-OHL-S-2.0"
        "CERN-OHL-W-2.0" "CFITSIO" "checkmk" "ClArtistic" "Clips" "CMU-Mach" "CNRI-Jython"
        "CNRI-Python" "CNRI-Python-GPL-Compatible" "COIL-1.0" "Community-Spec-1.0" "Condor-1.1"
        "copyleft-next-0.3.0" "copyleft-next-0.3.1" "Cornell-Lossless-JPEG" "CPAL-1.0" "CPL-1.0"
        "CPOL-1.02" "Crossword" "CrystalStacker" "CUA-OPL-1.0" "Cube" "curl" "D-FSL-1.0" "diffmark"
        "DL-DE-BY-2.0" "DOC" "Dotseqn" "DRL-1.0" "DSDP" "dtoa" "dvipdfm" "ECL-1.0" "ECL-2.0"
        "EFL-1.0" "EFL-2.0" "eGenix" "Elastic-2.0" "Entessa" "EPICS" "EPL-1.0" "EPL-2.0" "ErlPL-1.1"
        "etalab-2.0" "EUDatagrid" "EUPL-1.0" "EUPL-1.1" "EUPL-1.2" "Eurosym" "Fair" "FDK-AAC"
        "Frameworx-1.0" "FreeBSD-DOC" "FreeImage" "FSFAP" "FSFUL" "FSFULLR" "FSFULLRWD" "FTL" "GD"
        "GFDL-1.1-invariants-only" "GFDL-1.1-invariants-or-later" "GFDL-1.1-no-invariants-only"
        "GFDL-1.1-no-invariants-or-later" "GFDL-1.1-only" "GFDL-1.1-or-later"
        "GFDL-1.2-invariants-only" "GFDL-1.2-invariants-or-later" "GFDL-1.2-no-invariants-only"
        "GFDL-1.2-no-invariants-or-later" "GFDL-1.2-only" "GFDL-1.2-or-later"
        "GFDL-1.3-invariants-only" "GFDL-1.3-invariants-or-later" "GFDL-1.3-no-invariants-only"
        "GFDL-1.3-no-invariants-or-later" "GFDL-1.3-only" "GFDL-1.3-or-later" "Giftware" "GL2PS"
        "Glide" "Glulxe" "GLWTPL" "gnuplot" "GPL-1.0-only" "GPL-1.0-or-later" "GPL-2.0-only"
        "GPL-2.0-or-later" "GPL-3.0-only" "GPL-3.0-or-later" "Graphics-Gems" "gSOAP-1.3b"
        "HaskellReport" "Hippocratic-2.1" "HP-1986" "HPND" "HPND-export-US" "HPND-Markus-Kuhn"
        "HPND-sell-variant" "HPND-sell-variant-MIT-disclaimer" "HTMLTIDY" "IBM-pibs" "ICU"
        "IEC-Code-Components-EULA" "IJG" "IJG-short" "ImageMagick" "iMatix" "Imlib2" "Info-ZIP"
        "Inner-Net-2.0" "Intel" "Intel-ACPI" "Interbase-1.0" "IPA" "IPL-1.0" "ISC" "Jam"
        "JasPer-2.0" "JPL-image" "JPNIC" "JSON" "Kazlib" "Knuth-CTAN" "LAL-1.2" "LAL-1.3" "Latex2e"
        "Latex2e-translated-notice" "Leptonica" "LGPL-2.0-only" "LGPL-2.0-or-later" "LGPL-2.1-only"
        "LGPL-2.1-or-later" "LGPL-3.0-only" "LGPL-3.0-or-later" "LGPLLR" "Libpng" "libpng-2.0"
        "libselinux-1.0" "libtiff" "libutil-David-Nugent" "LiLiQ-P-1.1" "LiLiQ-R-1.1"
        "LiLiQ-Rplus-1.1" "Linux-man-pages-1-para" "Linux-man-pages-copyleft"
        "Linux-man-pages-copyleft-2-para" "Linux-man-pages-copyleft-var" "Linux-OpenIB" "LOOP"
        "LPL-1.0" "LPL-1.02" "LPPL-1.0" "LPPL-1.1" "LPPL-1.2" "LPPL-1.3a" "LPPL-1.3c"
        "LZMA-SDK-9.11-to-9.20" "LZMA-SDK-9.22" "MakeIndex" "Martin-Birgmeier" "metamail" "Minpack"
        "MirOS" "MIT" "MIT-0" "MIT-advertising" "MIT-CMU" "MIT-enna" "MIT-feh" "MIT-Festival"
        "MIT-Modern-Variant" "MIT-open-group" "MIT-Wu" "MITNFA" "Motosoto" "mpi-permissive" "mpich2"
        "MPL-1.0" "MPL-1.1" "MPL-2.0" "MPL-2.0-no-copyleft-exception" "mplus" "MS-LPL" "MS-PL"
        "MS-RL" "MTLL" "MulanPSL-1.0" "MulanPSL-2.0" "Multics" "Mup" "NAIST-2003" "NASA-1.3"
        "Naumen" "NBPL-1.0" "NCGL-UK-2.0" "NCSA" "Net-SNMP" "NetCDF" "Newsletr" "NGPL" "NICTA-1.0"
        "NIST-PD" "NIST-PD-fallback" "NIST-Software" "NLOD-1.0" "NLOD-2.0" "NLPL" "Nokia" "NOSL"
        "Noweb" "NPL-1.0" "NPL-1.1" "NPOSL-3.0" "NRL" "NTP" "NTP-0" "O-UDA-1.0" "OCCT-PL" "OCLC-2.0"
        "ODbL-1.0" "ODC-By-1.0" "OFFIS" "OFL-1.0" "OFL-1.0-no-RFN" "OFL-1.0-RFN" "OFL-1.1"
        "OFL-1.1-no-RFN" "OFL-1.1-RFN" "OGC-1.0" "OGDL-Taiwan-1.0" "OGL-Canada-2.0" "OGL-UK-1.0"
        "OGL-UK-2.0" "OGL-UK-3.0" "OGTSL" "OLDAP-1.1" "OLDAP-1.2" "OLDAP-1.3" "OLDAP-1.4"
        "OLDAP-2.0" "OLDAP-2.0.1" "OLDAP-2.1" "OLDAP-2.2" "OLDAP-2.2.1" "OLDAP-2.2.2" "OLDAP-2.3"
        "OLDAP-2.4" "OLDAP-2.5" "OLDAP-2.6" "OLDAP-2.7" "OLDAP-2.8" "OLFL-1.3" "OML" "OpenPBS-2.3"
        "OpenSSL" "OPL-1.0" "OPL-UK-3.0" "OPUBL-1.0" "OSET-PL-2.1" "OSL-1.0" "OSL-1.1" "OSL-2.0"
        "OSL-2.1" "OSL-3.0" "Parity-6.0.0" "Parity-7.0.0" "PDDL-1.0" "PHP-3.0" "PHP-3.01" "Plexus"
        "PolyForm-Noncommercial-1.0.0" "PolyForm-Small-Business-1.0.0" "PostgreSQL" "PSF-2.0"
        "psfrag" "psutils" "Python-2.0" "Python-2.0.1" "Qhull" "QPL-1.0" "QPL-1.0-INRIA-2004"
        "Rdisc" "RHeCos-1.1" "RPL-1.1" "RPL-1.5" "RPSL-1.0" "RSA-MD" "RSCPL" "Ruby" "SAX-PD"
        "Saxpath" "SCEA" "SchemeReport" "Sendmail" "Sendmail-8.23" "SGI-B-1.0" "SGI-B-1.1"
        "SGI-B-2.0" "SGP4" "SHL-0.5" "SHL-0.51" "SimPL-2.0" "SISSL" "SISSL-1.2" "Sleepycat" "SMLNJ"
        "SMPPL" "SNIA" "snprintf" "Spencer-86" "Spencer-94" "Spencer-99" "SPL-1.0" "SSH-OpenSSH"
        "SSH-short" "SSPL-1.0" "SugarCRM-1.1.3" "SunPro" "SWL" "Symlinks" "TAPR-OHL-1.0" "TCL"
        "TCP-wrappers" "TermReadKey" "TMate" "TORQUE-1.1" "TOSL" "TPDL" "TPL-1.0" "TTWL"
        "TU-Berlin-1.0" "TU-Berlin-2.0" "UCAR" "UCL-1.0" "Unicode-DFS-2015" "Unicode-DFS-2016"
        "Unicode-TOU" "UnixCrypt" "Unlicense" "UPL-1.0" "Vim" "VOSTROM" "VSL-1.0" "W3C"
        "W3C-19980720" "W3C-20150513" "w3m" "Watcom-1.0" "Widget-Workshop" "Wsuipa" "WTFPL" "X11"
        "X11-distribute-modifications-variant" "Xdebug-1.03" "Xerox" "Xfig" "XFree86-1.1" "xinetd"
        "xlock" "Xnet" "xpp" "XSkat" "YPL-1.0" "YPL-1.1" "Zed" "Zend-2.0" "Zimbra-1.3" "Zimbra-1.4"
        "Zlib" "zlib-acknowledgement" "ZPL-1.1" "ZPL-2.0" "ZPL-2.1"
      ) ]
    [ sh:datatype xsd:string ]
  ) ;
  sh:description "A list of SPDX identifiers or URL to document." .

# gx:name, the same in 5 node shapes.
tg:DataResource-name
  sh:path gx:name ;
  sh:name "name" ;
  sh:maxCount 1 ;
  sh:datatype xsd:string ;
  sh:description "A human readable name of the entity." .

# gx:description, the same in 4 node shapes.
tg:DataResource-description
  sh:path gx:description ;
  sh:name "description" ;
  sh:maxCount 1 ;
  sh:datatype xsd:string ;
  sh:description "A free text description of the entity." .

# A physical resource: datacenter, bare-metal server, plant…
tg:PhysicalResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:PhysicalResource ;
  sh:closed false ;
  sh:property
    tg:PhysicalResource-aggregationOf,
    tg:DataResource-description,
    [ sh:path gx:locationAddress ;
      sh:minCount 0 ;
      sh:class vcard:Address ;
      sh:node tg:vcard-AddressShape ;
      sh:description "A list of physical locations." ],
    tg:DataResource-name,
    [ sh:path gx:ownedBy ;
      sh:name "owned by" ;
      sh:nodeKind sh:IRI ;
      sh:description "A list of resolvable links to Gaia-X Credentials of participant owning the resource." ],
    tg:PhysicalResource-maintainedBy,
    [ sh:path gx:manufacturedBy ;
      sh:name "manufactured by" ;
      sh:nodeKind sh:IRI ;
      sh:description "A list of resolvable links to Gaia-X Credentials of participant manufacturing the resource." ],
    [ sh:path gx:location ;
      sh:minCount 0 ;
      sh:datatype xsd:string ;
      sh:description "a list of physical GPS in ISO 6709:2008/Cor 1:2009 format." ] .

# gx:aggregationOf, the same in 3 node shapes.
tg:PhysicalResource-aggregationOf
  sh:path gx:aggregationOf ;
  sh:name "aggregation of" ;
  sh:or ( [ sh:class gx:VirtualResource ] [ sh:class gx:PhysicalResource ] ) ;
  sh:description "A resolvable link of resources related to the resource and that can exist independently of it." .

# gx:maintainedBy, the same in 2 node shapes.
tg:PhysicalResource-maintainedBy
  sh:path gx:maintainedBy ;
  sh:name "maintained by" ;
  sh:minCount 1 ;
  sh:nodeKind sh:IRI ;
  sh:description "A list of resolvable links to Gaia-X Credentials of participants maintaining the resource in operational condition and thus having physical access to it." .

# A software resource.
tg:SoftwareResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:SoftwareResource ;
  sh:closed false ;
  sh:property
    tg:DataResource-license,
    tg:PhysicalResource-aggregationOf,
    tg:DataResource-copyrightOwnedBy,
    tg:DataResource-name,
    tg:DataResource-description,
    tg:ServiceOffering-policy .

# A virtual resource: dataset, configuration, model weights…
tg:VirtualResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:VirtualResource ;
  sh:closed false ;
  sh:property
    tg:DataResource-license,
    tg:DataResource-name,
    tg:DataResource-copyrightOwnedBy,
    tg:DataResource-description,
    tg:ServiceOffering-policy,
    tg:PhysicalResource-aggregationOf .

# A running instance of a virtual resource (process, API, VM…).
tg:InstantiatedVirtualResourceShape
  a sh:NodeShape ;
  sh:targetClass gx:InstantiatedVirtualResource ;
  sh:closed false ;
  sh:property
    [ sh:path gx:hostedOn ;
      sh:name "hosted on" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or (
        [ sh:class gx:VirtualResource ]
        [ sh:class gx:PhysicalResource ]
        [ sh:class gx:DataResource ]
        [ sh:class gx:SoftwareResource ]
      ) ;
      sh:description "A resource where the process is located (physical server, datacenter, availability zone, …)." ],
    [ sh:path gx:instanceOf ;
      sh:name "instance of" ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or (
        [ sh:class gx:VirtualResource ]
        [ sh:class gx:DataResource ]
        [ sh:class gx:SoftwareResource ]
      ) ;
      sh:description "A virtual resource (normally a software resource) this process is an instance of." ],
    [ sh:path gx:serviceAccessPoint ;
      sh:name "service access point" ;
      sh:minCount 1 ;
      sh:nodeKind sh:IRI ;
      sh:class gx:ServiceAccessPoint ;
      sh:description "A list of Service Access Point which can be an endpoint as a mean to access and interact with the resource." ],
    tg:PhysicalResource-maintainedBy,
    [ sh:path gx:tenantOwnedBy ;
      sh:name "tenant owned by" ;
      sh:nodeKind sh:IRI ;
      sh:description "A list of participant with contractual relation with the resource." ] .

# An access point of an instantiated virtual resource.
tg:ServiceAccessPointShape
  a sh:NodeShape ;
  sh:targetClass gx:ServiceAccessPoint ;
  sh:closed false ;
  sh:property
    [ sh:path gx:host ; sh:maxCount 1 ; sh:datatype xsd:string ],
    [ sh:path gx:version ; sh:maxCount 1 ; sh:datatype xsd:string ],
    [ sh:path gx:openAPI ; sh:datatype xsd:string ],
    tg:DataResource-name,
    [ sh:path gx:protocol ; sh:datatype xsd:string ],
    [ sh:path gx:port ; sh:datatype xsd:string ] .

# A vCard address (used by gx:locationAddress of physical resources).
tg:vcard-AddressShape
  a sh:NodeShape ;
  sh:targetClass vcard:Address ;
  sh:closed false ;
  sh:property
    [ sh:path vcard:postal-code ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "String of a street-address" ],
    [ sh:path gx:countryCode ;
      sh:minCount 1 ;
      sh:maxCount 1 ;
      sh:or (
        [ sh:in (
            "AF" "EG" "AX" "AL" "DZ" "VI" "UM" "AS" "AD" "AO" "AI" "AQ" "AG" "GQ" "SY" "AR" "AM"
            "AW" "AZ" "ET" "AU" "BS" "BH" "BD" "BB" "BE" "BZ" "BJ" "BM" "BT" "VE" "BQ" "BA" "BW"
            "BV" "BR" "VG" "IO" "BN" "BG" "BF" "BI" "CV" "CL" "CN" "CK" "CR" "CI" "CW" "DK" "CD"
            "KP" "LA" "DE" "DM" "DO" "DJ" "EC" "MK" "SV" "ER" "EE" "FK" "FO" "FJ" "FI" "FM" "FR"
            "TF" "GF" "PF" "GA" "GM" "GE" "GH" "GI" "GD" "GR" "GL" "GP" "GU" "GT" "GG" "GN" "GW"
            "GY" "HT" "HM" "HN" "HK" "IN" "ID" "IM" "IQ" "IE" "IR" "IS" "IL" "IT" "JM" "JP" "YE"
            "JE" "JO" "KY" "KH" "CM" "CA" "KZ" "QA" "KE" "KG" "KI" "CC" "CO" "KM" "CG" "HR" "CU"
            "KW" "LS" "LV" "LB" "LR" "LY" "LI" "LT" "LU" "MO" "MG" "MW" "MY" "MV" "ML" "MT" "MP"
            "MA" "MH" "MQ" "MR" "MU" "YT" "MX" "MC" "MN" "MS" "ME" "MZ" "MM" "NA" "NR" "NP" "NC"
            "NZ" "NI" "NL" "NE" "NG" "NU" "NF" "False" "OM" "AT" "PK" "PW" "PS" "PA" "PG" "PY" "PE"
            "PH" "PN" "BO" "PL" "PT" "PR" "KR" "MD" "RE" "RW" "RO" "RU" "SB" "ZM" "WS" "SM" "ST"
            "SA" "SE" "CH" "SN" "RS" "SC" "SL" "ZW" "SG" "SK" "SI" "SO" "ES" "LK" "BL" "SH" "KN"
            "LC" "MF" "SX" "PM" "VC" "ZA" "SD" "GS" "SS" "SR" "SJ" "SZ" "TJ" "TW" "TH" "TL" "TG"
            "TK" "TO" "TT" "TD" "CZ" "TN" "TR" "TM" "TC" "TV" "UG" "UA" "HU" "UY" "UZ" "VU" "VA"
            "AE" "TZ" "US" "GB" "VN" "WF" "CX" "BY" "EH" "CF" "CY"
          ) ]
        [ sh:in (
            "AFG" "ALA" "ALB" "DZA" "ASM" "AND" "AGO" "AIA" "ATA" "ATG" "ARG" "ARM" "ABW" "AUS"
            "AUT" "AZE" "BHS" "BHR" "BGD" "BRB" "BLR" "BEL" "BLZ" "BEN" "BMU" "BTN" "BOL" "BES"
            "BIH" "BWA" "BVT" "BRA" "IOT" "BRN" "BGR" "BFA" "BDI" "KHM" "CMR" "CAN" "CPV" "CYM"
            "CAF" "TCD" "CHL" "CHN" "CXR" "CCK" "COL" "COM" "COG" "COD" "COK" "CRI" "CIV" "HRV"
            "CUB" "CUW" "CYP" "CZE" "DNK" "DJI" "DMA" "DOM" "ECU" "EGY" "SLV" "GNQ" "ERI" "EST"
            "ETH" "FLK" "FRO" "FJI" "FIN" "FRA" "GUF" "PYF" "ATF" "GAB" "GMB" "GEO" "DEU" "GHA"
            "GIB" "GRC" "GRL" "GRD" "GLP" "GUM" "GTM" "GGY" "GIN" "GNB" "GUY" "HTI" "HMD" "VAT"
            "HND" "HKG" "HUN" "ISL" "IND" "IDN" "IRN" "IRQ" "IRL" "IMN" "ISR" "ITA" "JAM" "JPN"
            "JEY" "JOR" "KAZ" "KEN" "KIR" "PRK" "KOR" "XKX" "KWT" "KGZ" "LAO" "LVA" "LBN" "LSO"
            "LBR" "LBY" "LIE" "LTU" "LUX" "MAC" "MKD" "MDG" "MWI" "MYS" "MDV" "MLI" "MLT" "MHL"
            "MTQ" "MRT" "MUS" "MYT" "MEX" "FSM" "MDA" "MCO" "MNG" "MNE" "MSR" "MAR" "MOZ" "MMR"
            "NAM" "NRU" "NPL" "NLD" "NCL" "NZL" "NIC" "NER" "NGA" "NIU" "NFK" "MNP" "NOR" "OMN"
            "PAK" "PLW" "PSE" "PAN" "PNG" "PRY" "PER" "PHL" "PCN" "POL" "PRT" "PRI" "QAT" "SRB"
            "REU" "ROU" "RUS" "RWA" "BLM" "SHN" "KNA" "LCA" "MAF" "SPM" "VCT" "WSM" "SMR" "STP"
            "SAU" "SEN" "SYC" "SLE" "SGP" "SXM" "SVK" "SVN" "SLB" "SOM" "ZAF" "SGS" "SSD" "ESP"
            "LKA" "SDN" "SUR" "SJM" "SWZ" "SWE" "CHE" "SYR" "TWN" "TJK" "TZA" "THA" "TLS" "TGO"
            "TKL" "TON" "TTO" "TUN" "TUR" "XTX" "TKM" "TCA" "TUV" "UGA" "UKR" "ARE" "GBR" "USA"
            "UMI" "URY" "UZB" "VUT" "VEN" "VNM" "VGB" "VIR" "WLF" "ESH" "YEM" "ZMB" "ZWE"
          ) ]
        [ sh:in (
            "4" "818" "248" "008" "10" "850" "581" "14" "16" "20" "660" "8" "028" "226" "760" "26"
            "41" "231" "30" "36" "048" "40" "42" "46" "084" "204" "48" "52" "58" "60" "62" "092"
            "086" "854" "108" "132" "152" "156" "184" "188" "384" "531" "208" "180" "408" "418"
            "276" "212" "214" "262" "218" "807" "222" "232" "233" "238" "234" "242" "246" "583"
            "250" "260" "254" "258" "266" "270" "268" "288" "292" "308" "300" "304" "312" "316"
            "320" "831" "324" "624" "328" "332" "334" "340" "344" "356" "360" "833" "368" "372"
            "364" "352" "376" "380" "388" "392" "887" "832" "400" "136" "116" "120" "124" "398"
            "634" "404" "417" "296" "166" "170" "174" "178" "191" "192" "414" "426" "428" "422"
            "430" "434" "438" "440" "442" "446" "450" "454" "458" "462" "466" "470" "580" "504"
            "584" "474" "478" "480" "175" "484" "492" "496" "500" "499" "508" "104" "516" "520"
            "524" "540" "554" "558" "528" "562" "566" "570" "574" "578" "512" "32" "586" "585" "275"
            "591" "598" "600" "604" "608" "612" "068" "616" "620" "630" "410" "498" "638" "646"
            "642" "643" "090" "894" "882" "674" "678" "682" "752" "756" "686" "688" "690" "694"
            "716" "702" "703" "705" "706" "724" "144" "652" "654" "659" "662" "663" "534" "666"
            "670" "710" "729" "239" "728" "740" "744" "748" "762" "158" "764" "626" "768" "772"
            "776" "780" "148" "203" "788" "792" "795" "796" "798" "800" "804" "348" "858" "860"
            "548" "336" "784" "834" "840" "826" "704" "876" "162" "112" "732" "140" "196"
          ) ]
      ) ;
      sh:description "Country code in ISO 3166-1 alpha2, alpha-3 or numeric format." ],
    [ sh:path vcard:locality ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "The v:locality property specifies the locality (e.g., city) of a postal address." ],
    [ sh:path vcard:street-address ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "the street address of a postal address" ],
    [ sh:path gx:gps ;
      sh:maxCount 1 ;
      sh:datatype xsd:string ;
      sh:description "GPS in ISO 6709:2008/Cor 1:2009 format." ] .
`
