<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app_controller.py" line="347"/>
        <source>Démarrage du service sur cet ordinateur… La première fois, les données de démonstration sont préparées ; cela peut prendre quelques secondes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="351"/>
        <location filename="../../ui/app_controller.py" line="422"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="384"/>
        <source>Démarrage du service annulé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="385"/>
        <location filename="../../ui/app_controller.py" line="391"/>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="395"/>
        <location filename="../../ui/app_controller.py" line="417"/>
        <source>Service prêt sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="420"/>
        <source>Démarrage du service sur cet ordinateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="570"/>
        <source>Le service démarre sur cet ordinateur ; la connexion suivra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="590"/>
        <source>Votre mot de passe est temporaire : choisissez-en un nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="598"/>
        <source>Le mot de passe temporaire doit être remplacé avant d&apos;ouvrir une session. Connectez-vous de nouveau lorsque vous serez prêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="726"/>
        <source>Reprise de votre session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="736"/>
        <source>Votre session mémorisée a pris fin : connectez-vous de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="893"/>
        <source>Votre session a pris fin. Reconnectez-vous pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="895"/>
        <source>Vous êtes déconnecté. À bientôt !</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignProcuration</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="76"/>
        <source>RSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="77"/>
        <source>Représentant(e) autorisé(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="78"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="395"/>
        <source>Assignation d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentInfoTable</name>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="259"/>
        <source>Nom de famille et prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="260"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="261"/>
        <source>Date de début (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="262"/>
        <source>Date de fin (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="265"/>
        <source>Informations sur l&apos;assignation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="69"/>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="73"/>
        <source>Date de début (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="78"/>
        <source>Date de fin (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="85"/>
        <location filename="../../ui/wizards/user_action.py" line="235"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="87"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="99"/>
        <source>Nom de famille et prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="102"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="237"/>
        <source>Entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="241"/>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="246"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="68"/>
        <location filename="../../ui/wizards/user_action.py" line="251"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="252"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="69"/>
        <location filename="../../ui/wizards/user_action.py" line="252"/>
        <source>Terminée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentVerification</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="453"/>
        <source>Informations sur l&apos;assignation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsDialog</name>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="134"/>
        <location filename="../../ui/dialogs/assignments.py" line="144"/>
        <source>Consultation ou révocation d&apos;une assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="147"/>
        <source>Procuration : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="152"/>
        <source>Procurations assignées à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="164"/>
        <source>Assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="175"/>
        <location filename="../../ui/dialogs/assignments.py" line="225"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="177"/>
        <source>&amp;Révoquer l&apos;assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="179"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="194"/>
        <source>L&apos;assignation est révoquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="197"/>
        <source>Retour à la &amp;liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="239"/>
        <source>Aucune assignation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="242"/>
        <source>{0} assignation(s) en cours, {1} terminée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="278"/>
        <source>Seul le mandataire gère les assignations d&apos;une procuration externe : ce sont ses utilisateurs qui la détiennent, et lui seul peut les révoquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="285"/>
        <source>Service injoignable : réessayez une fois la connexion rétablie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="288"/>
        <source>Sélectionnez d&apos;abord une assignation dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="290"/>
        <source>Cette assignation est déjà terminée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="310"/>
        <source>Révocation d&apos;une assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="312"/>
        <source>Révoquer l&apos;assignation de {0}, {1} ({2}) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="318"/>
        <source>Dès la transmission, cet utilisateur n&apos;agira plus avec la procuration « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="321"/>
        <source>&amp;Révoquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="322"/>
        <source>&amp;Non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="223"/>
        <source>Inscription des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="224"/>
        <source>Vérification des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="225"/>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="226"/>
        <source>Accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="236"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="237"/>
        <source>&amp;Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="238"/>
        <source>&amp;Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="239"/>
        <source>&amp;Transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="240"/>
        <source>A&amp;rrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="241"/>
        <source>&amp;Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="242"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="243"/>
        <source>Enregistrer en &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="244"/>
        <source>&amp;Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="245"/>
        <source>T&amp;erminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="247"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="247"/>
        <source>Quitter sans rien transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="248"/>
        <source>Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="248"/>
        <source>Revenir à l&apos;étape précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="249"/>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="249"/>
        <source>Vérifier les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="252"/>
        <source>Transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="253"/>
        <source>Transmettre chaque procuration, une transaction à la fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="257"/>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="258"/>
        <source>Arrêter après l&apos;élément en cours; le reste pourra être repris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="262"/>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="264"/>
        <source>Transmettre ce qui reste, avec les mêmes clés : rien n&apos;est fait deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="269"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="270"/>
        <source>Fermer; le traitement pourra être repris depuis le portefeuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="274"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="275"/>
        <source>Enregistrer le sommaire et chaque accusé de réception en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="279"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="280"/>
        <source>Imprimer le sommaire et chaque accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="282"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="282"/>
        <source>Revenir à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="352"/>
        <source>Procurations du traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="376"/>
        <source>Nouvelle date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="377"/>
        <source>Date &amp;maximale de chacune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="379"/>
        <source>Chaque procuration prend sa propre date maximale : début + 3 ans − 1 jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="383"/>
        <source>Raison du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="388"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="393"/>
        <source>Choisissez la nouvelle date de fin des procurations sélectionnées. Une procuration ne peut être valide plus de trois ans moins un jour : chacune est ramenée au besoin à sa propre limite. Chacune sera modifiée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="399"/>
        <source>&amp;Nouvelle date de fin*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="403"/>
        <source>(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="412"/>
        <source>Les entreprises mandantes verront la raison du refus. Chaque procuration sera refusée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="416"/>
        <source>&amp;Raison du refus*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="423"/>
        <source>Choisissez l&apos;utilisateur de votre entreprise qui détiendra les procurations sélectionnées. Un utilisateur détient au plus une procuration de chaque entreprise : une procuration d&apos;un client dont il en détient déjà une sera refusée par le service, avec la raison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="429"/>
        <source>&amp;Utilisateur*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="466"/>
        <source>Chargement des utilisateurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="438"/>
        <source>Les procurations sélectionnées seront révoquées : leurs assignations prennent fin et les mandataires en sont avisés. Chacune sera révoquée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="106"/>
        <source>Prolongation de procurations en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="109"/>
        <source>Révocation de procurations en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="112"/>
        <source>Refus de procurations reçues en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="115"/>
        <source>Assignation de procurations en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="486"/>
        <source>Progression du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="487"/>
        <source>%v sur %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="560"/>
        <source>Choisissez un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="619"/>
        <source>{0} procuration(s) sélectionnée(s) : {1} à transmettre, {2} non transmise(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="627"/>
        <source>La nouvelle date de fin ne peut pas être passée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="629"/>
        <source>Indiquez la raison du refus : les clients la verront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="631"/>
        <source>Choisissez l&apos;utilisateur qui détiendra les procurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="635"/>
        <source>Aucune des procurations sélectionnées ne peut être traitée : voyez la raison de chacune ci-dessous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="653"/>
        <source>{0} procuration(s) seront traitées, chacune par sa propre transaction, avec son propre accusé de réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="657"/>
        <source>Date de fin demandée : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="659"/>
        <source>Utilisateur : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="661"/>
        <source>Raison du refus : « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="664"/>
        <source>{0} ne le seront pas ; la raison de chacune est dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="680"/>
        <source>Le service est injoignable : reprenez dès le retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="710"/>
        <source>Arrêt après l&apos;élément en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="719"/>
        <source>Transmission : {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="742"/>
        <source>Le traitement a été interrompu avant la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="749"/>
        <source>{0} élément(s) restent à transmettre : « Reprendre » les transmet avec les mêmes clés, rien n&apos;est fait deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="762"/>
        <source>Traitement terminé : {0} fait(s), {1} refusé(s) par le service, {2} non transmis. Chaque élément fait a son accusé de réception et son numéro de référence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="773"/>
        <source>Éléments non traités ({0}) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="806"/>
        <source>Enregistrer l&apos;accusé de réception du traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="808"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="827"/>
        <source>Aperçu de l&apos;accusé de réception du traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="116"/>
        <source>Nom de famille et prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="118"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="119"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="120"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="608"/>
        <source>Procura — Changement du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="616"/>
        <source>Changement du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="620"/>
        <source>Votre mot de passe est temporaire : choisissez-en un nouveau pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="622"/>
        <source>Choisissez votre nouveau mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="629"/>
        <source>Il doit contenir au moins 8 caractères. Une phrase facile à retenir convient bien ; les mots de passe trop courants sont refusés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="653"/>
        <source>Mot de passe &amp;actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="658"/>
        <source>&amp;Nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="662"/>
        <source>Con&amp;firmation du nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="668"/>
        <source>&amp;Enregistrer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="672"/>
        <source>A&amp;nnuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="680"/>
        <source>Enregistrement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="741"/>
        <source>La confirmation doit être identique au nouveau mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <location filename="../../ui/views/procurations.py" line="214"/>
        <source>Consultation d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="218"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="227"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="492"/>
        <source>Renouvellement d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="494"/>
        <source>Ajout d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserWizard</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="609"/>
        <source>Création du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="620"/>
        <source>Code d&apos;utilisateur et mot de passe temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="637"/>
        <source>Le dossier de {0} est créé. Communiquez-lui son code d&apos;utilisateur et son mot de passe temporaire : c&apos;est sa clé d&apos;accès aux services. Le mot de passe temporaire devra être remplacé à la première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="647"/>
        <source>Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="643"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="644"/>
        <source>Mot de passe temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="650"/>
        <source>Clé d&apos;accès aux services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="653"/>
        <source>Connectez-vous avec ce code d&apos;utilisateur et ce mot de passe temporaire, puis choisissez votre propre mot de passe. Gardez-le pour vous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDateField</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="98"/>
        <source>(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="103"/>
        <source>Date ma&amp;ximale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="136"/>
        <source>Au plus tard le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="140"/>
        <source>Mettre la date de fin au {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDatePage</name>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="80"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="82"/>
        <source>Vous pouvez modifier la date de fin d&apos;une procuration tant qu&apos;elle n&apos;est pas échue, ce qui évite d&apos;en créer une nouvelle. Sa période de validité ne peut excéder trois ans moins un jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="90"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="92"/>
        <source>Type de procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="94"/>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="97"/>
        <source>Date de fin actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="100"/>
        <source>État de la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="102"/>
        <source>Nouvelle date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="103"/>
        <source>&amp;Nouvelle date de fin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseView</name>
    <message>
        <location filename="../../ui/views/enterprise.py" line="89"/>
        <source>Hors ligne : les renseignements affichés peuvent ne pas être à jour et les actions sont indisponibles jusqu&apos;au retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="104"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="112"/>
        <source>Nom de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="113"/>
        <source>Numéro d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="114"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="115"/>
        <source>Adresse du siège social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="131"/>
        <source>Responsables des services électroniques (RSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="134"/>
        <source>Les RSE détiennent la procuration générale de l&apos;entreprise : ils l&apos;inscrivent aux services électroniques, gèrent les dossiers des utilisateurs et les procurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="146"/>
        <source>Responsables des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="161"/>
        <source>Code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="168"/>
        <source>État du code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="172"/>
        <source>État du code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="182"/>
        <source>L&apos;entreprise a un seul code, permanent, qui s&apos;utilise avec son NEQ pour accéder aux services en ligne participants. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="191"/>
        <source>&amp;Suspendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="192"/>
        <source>Réac&amp;tiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="193"/>
        <source>A&amp;nnuler le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="194"/>
        <source>&amp;Obtenir un nouveau code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="235"/>
        <source>Dossier de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="248"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="258"/>
        <source>depuis le {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="284"/>
        <source>Hors ligne : cette action a besoin du service. Elle redeviendra possible au retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="288"/>
        <source>Le dossier de l&apos;entreprise n&apos;est pas encore chargé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="290"/>
        <source>Seuls les RSE de l&apos;entreprise peuvent gérer le code express.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="296"/>
        <source>Suspendre le code : il ne pourra plus être utilisé d&apos;ici sa réactivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="299"/>
        <source>Réactiver le code suspendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="301"/>
        <source>Annuler le code : il cesse aussitôt de fonctionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="302"/>
        <source>Remplacer le code par un nouveau, affiché une seule fois.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="182"/>
        <source>Inscription des données</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryTableModel</name>
    <message>
        <location filename="../../ui/views/expiry.py" line="106"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="111"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="114"/>
        <source>Jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="120"/>
        <source>Élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="122"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="124"/>
        <source>Assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="128"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="133"/>
        <source>Nom ou description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="138"/>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="141"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="142"/>
        <source>Reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="142"/>
        <source>Mon entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="145"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryView</name>
    <message>
        <location filename="../../ui/views/expiry.py" line="88"/>
        <source>Échues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="89"/>
        <source>D&apos;ici 1 jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="90"/>
        <source>D&apos;ici 7 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="91"/>
        <source>D&apos;ici 14 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="92"/>
        <source>D&apos;ici 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="173"/>
        <location filename="../../ui/views/expiry.py" line="237"/>
        <location filename="../../ui/views/expiry.py" line="314"/>
        <source>Échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="175"/>
        <source>Les procurations et les assignations qui se terminent d&apos;ici 30 jours, et celles qui sont échues, pour tous vos clients. Renouvelez ou prolongez celles de votre entreprise d&apos;un clic; une procuration reçue ne peut être prolongée que par le client qui l&apos;a donnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="201"/>
        <source>Procurations et assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="202"/>
        <source>Procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="203"/>
        <source>Assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="204"/>
        <source>Élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="205"/>
        <source>É&amp;lément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="209"/>
        <source>Reçues et de mon entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="210"/>
        <source>Reçues des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="211"/>
        <source>De mon entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="212"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="213"/>
        <source>Pro&amp;venance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="218"/>
        <source>Entreprise, description, détenteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="219"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="220"/>
        <source>Rec&amp;hercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="263"/>
        <source>Re&amp;nouveler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="264"/>
        <source>&amp;Prolonger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="265"/>
        <source>Prolonger la &amp;sélection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="266"/>
        <source>Exporter au &amp;calendrier (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="267"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="376"/>
        <source>Éléments : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="378"/>
        <source>Éléments : {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="400"/>
        <location filename="../../ui/views/expiry.py" line="447"/>
        <source>Cette procuration a été donnée par {0} : seule cette entreprise peut la prolonger ou la renouveler. Communiquez avec elle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="405"/>
        <source>Une procuration échue, révoquée ou refusée ne se prolonge plus : renouvelez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="408"/>
        <source>Sa date de fin est déjà à sa limite (début + 3 ans − 1 jour) : renouvelez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="417"/>
        <source>Une assignation garde sa date de fin : prolonger la procuration ne la prolonge pas, et la personne ne peut recevoir de nouveau cette procuration (ni une autre de cette entreprise) tant que l&apos;assignation est en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="424"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, demandez à {0} de prolonger la procuration; puis, dans « Procurations reçues », révoquez l&apos;assignation (« Assignations ») et assignez de nouveau la procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="430"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, prolongez la procuration; seul le mandataire, {0}, peut ensuite révoquer l&apos;assignation et assigner de nouveau la procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="436"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, prolongez la procuration; puis, dans « Gestion des procurations », révoquez l&apos;assignation (« Assignations ») et assignez de nouveau la procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="451"/>
        <source>Choisissez la procuration elle-même pour la renouveler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="454"/>
        <source>Une procuration révoquée ou refusée ne se renouvelle pas : créez-en une nouvelle dans « Gestion des procurations ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="462"/>
        <source>Service injoignable : cette action reprendra avec la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="463"/>
        <source>Sélectionnez une seule ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="464"/>
        <source>Sélectionnez d&apos;abord une ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="481"/>
        <source>Sélectionnez des procurations actives de votre entreprise (une procuration reçue ne peut être prolongée que par le client qui l&apos;a donnée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="489"/>
        <source>Seul le ou la RSE peut faire cette action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="507"/>
        <source>Créer une nouvelle procuration semblable à celle-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="508"/>
        <source>Modifier la date de fin de cette procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="509"/>
        <source>Reporter la date de fin de toutes les procurations choisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="591"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="591"/>
        <source>Assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="593"/>
        <source>Fin — {0} : {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="595"/>
        <source>Entreprise mandante : {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="596"/>
        <source>Description : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="597"/>
        <source>Date de fin : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="598"/>
        <source>État : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="601"/>
        <source>Détenteur : {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="603"/>
        <source>Provenance : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="604"/>
        <source>reçue du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="604"/>
        <source>votre entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="622"/>
        <source>Procura — Échéances — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="636"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="635"/>
        <source>Exporter les échéances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpressCode</name>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="34"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="36"/>
        <source>Suspendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="38"/>
        <source>Annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="44"/>
        <source>Suspension du code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="48"/>
        <source>Réactivation du code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="52"/>
        <source>Annulation du code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="55"/>
        <source>Nouveau code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="60"/>
        <source>Le code ne pourra plus être utilisé tant qu&apos;il ne sera pas réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="65"/>
        <source>Le code pourra de nouveau être utilisé avec le NEQ de l&apos;entreprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="69"/>
        <source>Le code sera annulé et cessera aussitôt de fonctionner. Pour en utiliser un, l&apos;entreprise devra obtenir un nouveau code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="74"/>
        <source>Un nouveau code remplacera le code actuel, qui cessera aussitôt de fonctionner. Le nouveau code ne sera affiché qu&apos;une seule fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="83"/>
        <source>Quiconque utilise ce code engage et lie l&apos;entreprise pour toutes les actions faites avec ce code, même s&apos;il s&apos;agit d&apos;une utilisation non autorisée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="93"/>
        <source>Seul un code actif peut être suspendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="95"/>
        <source>Seul un code suspendu peut être réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="99"/>
        <source>Le code est déjà annulé : obtenez-en un nouveau au besoin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpressCodeWizard</name>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="132"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="134"/>
        <source>Nom de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="135"/>
        <source>Numéro d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="136"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="140"/>
        <location filename="../../ui/wizards/express_code.py" line="189"/>
        <location filename="../../ui/wizards/express_code.py" line="195"/>
        <source>Code d&apos;accès clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="142"/>
        <source>État actuel du code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="143"/>
        <source>Action demandée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="144"/>
        <source>Effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="150"/>
        <source>Nouveau code d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="158"/>
        <source>Voulez-vous vraiment annuler le code clicSÉQUR express ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="159"/>
        <source>&amp;Oui, annuler le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="161"/>
        <source>Voulez-vous vraiment remplacer le code clicSÉQUR express actuel ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="162"/>
        <source>&amp;Oui, obtenir un nouveau code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="182"/>
        <source>Voici le nouveau code d&apos;accès clicSÉQUR express de l&apos;entreprise. Il s&apos;utilise avec le NEQ ; l&apos;ancien code ne fonctionne plus. Conservez-le précieusement et ne le transmettez qu&apos;aux personnes autorisées à l&apos;utiliser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="188"/>
        <source>NEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="192"/>
        <source>Ce code ne sera plus jamais affiché : imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;». {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="180"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="182"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="251"/>
        <source>* Champ obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantTableModel</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="189"/>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="190"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="191"/>
        <source>Numéro
d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="193"/>
        <source>Ministère ou
organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="198"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="202"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="204"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="214"/>
        <source>Jusqu&apos;au
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="218"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="380"/>
        <source>Tous ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="138"/>
        <source>Bienvenue, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="143"/>
        <source>Vous trouverez ci-dessous la liste des ministères et organismes qui offrent les services auxquels l&apos;entreprise est inscrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="149"/>
        <location filename="../../ui/views/home.py" line="191"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="158"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="178"/>
        <source>Veuillez prendre toutes les mesures à votre portée pour protéger la confidentialité des renseignements que vous consultez et transmettez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="190"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="194"/>
        <source>Consulter les messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="200"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="204"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="206"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="208"/>
        <source>Numéro d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="210"/>
        <source>Adresse du siège social de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="230"/>
        <source>Accès rapide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="235"/>
        <source>Créer, modifier ou suspendre le dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="236"/>
        <source>Ajouter, assigner ou révoquer une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="237"/>
        <source>Procurations reçues d&apos;autres entreprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="238"/>
        <source>Dossier de l&apos;entreprise et code express clicSÉQUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="239"/>
        <source>Retrouver un accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="263"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="287"/>
        <source>Sans objet (entreprise hors Québec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="301"/>
        <source>L&apos;entreprise n&apos;est encore inscrite aux services d&apos;aucun ministère ou organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="312"/>
        <source>Demandes d&apos;inscription en traitement : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="327"/>
        <source>Vous n&apos;avez aucun nouveau message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="329"/>
        <source>Vous avez 1 nouveau message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="331"/>
        <source>Vous avez {0} nouveaux messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="128"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="129"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="131"/>
        <source>Date de fin
actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="139"/>
        <source>Nouvelle
date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="146"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="158"/>
        <source>Numéro de référence ou raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="167"/>
        <source>À transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="168"/>
        <source>En cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="169"/>
        <source>Fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="170"/>
        <source>Refusé par le service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="171"/>
        <source>Non transmis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/list_export.py" line="361"/>
        <source>E&amp;xporter (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="362"/>
        <source>&amp;Imprimer la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="368"/>
        <source>Enregistrer la liste affichée, filtrée et triée comme à l&apos;écran, dans un fichier CSV pour Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="375"/>
        <source>Imprimer la liste affichée, filtrée et triée comme à l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="437"/>
        <source>{0} — {1} — au {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="444"/>
        <source>Lignes : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="445"/>
        <source>Lignes : {0} sur {1} (liste filtrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="460"/>
        <source>Page {0} de {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="472"/>
        <source>CSV pour Excel, point-virgule (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="473"/>
        <source>CSV, virgule (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="476"/>
        <source>Exporter la liste (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="505"/>
        <source>Aperçu avant impression — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/lock.py" line="175"/>
        <source>Procura est verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="240"/>
        <source>Personne n&apos;a utilisé Procura depuis un moment : l&apos;écran a été verrouillé pour protéger les renseignements. Votre travail est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="181"/>
        <source>Session de {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="185"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="189"/>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="195"/>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="198"/>
        <source>&amp;Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="244"/>
        <source>Vous avez verrouillé l&apos;écran. Votre travail est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="292"/>
        <source>Inscrivez votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="314"/>
        <source>Mot de passe incorrect. Réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Dossier de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Gestion des dossiers des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Inscription aux services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Gestion des procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Procurations reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Portefeuille des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Accusés de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Procura — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Chargement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Annuler le chargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Le service ne répond pas : les renseignements affichés peuvent ne pas être à jour, et les transactions sont suspendues jusqu&apos;à son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Chargement de l&apos;écran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Verrouiller l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>&amp;Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Aid&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>À &amp;propos de Procura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;Journal du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Connecté : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Entreprise : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>Quitter Procura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Une transaction est en cours. Voulez-vous vraiment quitter ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Les données non transmises seront perdues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Rester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Procura — {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>Terminez ou annulez la transaction en cours pour changer d&apos;écran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>{0} ({1} non lus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="806"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="807"/>
        <source>La langue choisie sera appliquée au prochain démarrage de Procura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="818"/>
        <source>À propos de Procura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="819"/>
        <source>Procura, version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="824"/>
        <source>Administration des accès délégués des entreprises aux services en ligne gouvernementaux : dossiers des utilisateurs, procurations, inscriptions aux services des ministères et organismes, accusés de réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <source>Journal du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>Le journal de Procura est enregistré dans ce dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>Si le soutien technique vous le demande, joignez-lui le fichier procura.log de ce dossier. Il ne contient aucun mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="134"/>
        <source>{0} client(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="145"/>
        <source>aucun droit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="152"/>
        <source>Tous les services de {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="159"/>
        <source>… et {0} autre(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <location filename="../../ui/views/messages.py" line="85"/>
        <source>Lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="85"/>
        <source>Non lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="87"/>
        <source>● : message non lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="90"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="93"/>
        <source>Date et heure de réception (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="95"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="96"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="104"/>
        <source>Inscription activée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="105"/>
        <source>Procuration reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="106"/>
        <source>Procuration refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="107"/>
        <source>Procuration révoquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="108"/>
        <source>Procuration à échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="109"/>
        <source>Assignation à échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../../ui/views/messages.py" line="160"/>
        <location filename="../../ui/views/messages.py" line="301"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="162"/>
        <source>Les messages sécurisés adressés à votre entreprise : inscriptions activées, procurations reçues, refusées ou révoquées, procurations et assignations qui se terminent dans les 30 jours. Un message ouvert est marqué comme lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="168"/>
        <source>Objet ou contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="170"/>
        <source>Tous les messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="171"/>
        <source>Non lus seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="172"/>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="173"/>
        <source>A&amp;fficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="175"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="176"/>
        <source>Actualiser la liste des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="177"/>
        <source>Relire les messages auprès du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="190"/>
        <source>Liste des messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="207"/>
        <source>Non lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="242"/>
        <source>Contenu du message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="248"/>
        <source>Sélectionnez un message dans la liste pour le lire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="383"/>
        <source>Vous n&apos;avez aucun message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="386"/>
        <source>{0} message(s), dont {1} non lu(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="405"/>
        <source>Reçu le {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="412"/>
        <source>&amp;Voir les inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="413"/>
        <source>&amp;Ouvrir la procuration reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="414"/>
        <location filename="../../ui/views/messages.py" line="415"/>
        <source>&amp;Ouvrir la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="423"/>
        <source>Le service est injoignable : la procuration ne peut pas être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifyProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="177"/>
        <source>Modification d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="197"/>
        <source>Date de fin actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="225"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="226"/>
        <source>État de la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="227"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="251"/>
        <source>la procuration « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifyUserWizard</name>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="49"/>
        <source>Modification du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="80"/>
        <source>le dossier de {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="107"/>
        <source>Nom de famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="108"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="109"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="110"/>
        <source>Téléphone (travail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="111"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="112"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineMode</name>
    <message>
        <location filename="../../ui/offline.py" line="69"/>
        <source>dossier de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="70"/>
        <source>inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="71"/>
        <source>utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="72"/>
        <source>procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="73"/>
        <source>procurations reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="74"/>
        <source>assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="75"/>
        <source>accusés de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="76"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="131"/>
        <source>Se déconnecter et &amp;effacer les données hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="136"/>
        <source>Efface de cet ordinateur les listes gardées pour consultation hors ligne, puis ferme la session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="276"/>
        <source>Préparation des données hors ligne… {0} ({1}/{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="281"/>
        <source>Synchronisation des données hors ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="320"/>
        <source>Synchronisation impossible : données hors ligne au {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="324"/>
        <source>Synchronisation impossible pour le moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="327"/>
        <source>Données hors ligne au {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="290"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="295"/>
        <source>Numéro
d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="300"/>
        <source>Nom ou description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="305"/>
        <source>Droits
d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="310"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="311"/>
        <source>Reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="311"/>
        <source>Mon entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="313"/>
        <source>Reçue d&apos;une entreprise cliente, ou donnée par votre entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="317"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="322"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="325"/>
        <source>Détenteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="327"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="330"/>
        <source>Jours
restants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="334"/>
        <source>Jours d&apos;ici la date de fin (négatif : déjà passée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="336"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="428"/>
        <location filename="../../ui/views/portfolio.py" line="788"/>
        <source>Portefeuille des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="430"/>
        <source>Toutes vos entreprises clientes et les procurations reçues d&apos;elles. Regroupez ou filtrez par client, ministère, service, état, détenteur, date de fin ou étiquette; sélectionnez plusieurs lignes pour les traiter en lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="441"/>
        <source>Re&amp;prendre le traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="442"/>
        <source>Reprendre le traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="443"/>
        <source>A&amp;bandonner le traitement en lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="444"/>
        <source>Abandonner le traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="446"/>
        <source>Ne plus transmettre les éléments restants; ceux déjà faits restent faits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="464"/>
        <source>Procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="465"/>
        <source>Reçues des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="466"/>
        <source>De mon entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="467"/>
        <location filename="../../ui/views/portfolio.py" line="1048"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="468"/>
        <source>Pro&amp;curations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="471"/>
        <source>Entreprise, numéro, description, détenteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="473"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="474"/>
        <source>Rec&amp;hercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="475"/>
        <location filename="../../ui/views/portfolio.py" line="476"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="479"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="481"/>
        <location filename="../../ui/views/portfolio.py" line="533"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="485"/>
        <location filename="../../ui/views/portfolio.py" line="534"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="486"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="489"/>
        <location filename="../../ui/views/portfolio.py" line="535"/>
        <source>Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="492"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="493"/>
        <source>Toutes les dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="495"/>
        <source>Échues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="496"/>
        <source>D&apos;ici 1 jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="497"/>
        <source>D&apos;ici 7 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="498"/>
        <source>D&apos;ici 14 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="499"/>
        <source>D&apos;ici 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="500"/>
        <source>D&apos;ici 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="501"/>
        <source>Dans plus de 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="504"/>
        <location filename="../../ui/views/portfolio.py" line="537"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="517"/>
        <source>&amp;Ministère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="518"/>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="519"/>
        <source>É&amp;tat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="520"/>
        <source>&amp;Détenteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="521"/>
        <source>Date de &amp;fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="522"/>
        <source>Éti&amp;quette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="529"/>
        <source>Regrouper par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="531"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="532"/>
        <source>Ministère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="536"/>
        <source>Mois de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="540"/>
        <source>Re&amp;grouper par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="545"/>
        <source>Groupes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="561"/>
        <source>Procurations du portefeuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="592"/>
        <source>Notes du cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="599"/>
        <source>TPS trimestrielle, À relancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="600"/>
        <source>Étiquettes du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="601"/>
        <source>É&amp;tiquettes (séparées par des virgules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="605"/>
        <source>Note sur le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="606"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="607"/>
        <source>En&amp;registrer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="608"/>
        <source>Enregistrer les étiquettes et la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="611"/>
        <source>Gardées sur cet ordinateur seulement; le service et vos clients ne les voient pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="648"/>
        <source>Filtrage en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="664"/>
        <source>&amp;Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="664"/>
        <source>Voir la procuration sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="667"/>
        <source>A&amp;ssigner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="668"/>
        <source>Assigner les procurations reçues sélectionnées à un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="672"/>
        <source>Re&amp;fuser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="673"/>
        <source>Refuser les procurations reçues sélectionnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="677"/>
        <source>Pro&amp;longer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="679"/>
        <source>Reporter la date de fin des procurations de votre entreprise sélectionnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="684"/>
        <source>Ré&amp;voquer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="685"/>
        <source>Révoquer les procurations de votre entreprise sélectionnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="687"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="687"/>
        <source>Relire les listes auprès du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="463"/>
        <source>&amp;Procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="723"/>
        <source>&amp;Qui peut agir pour qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1034"/>
        <location filename="../../ui/views/portfolio.py" line="1039"/>
        <location filename="../../ui/views/portfolio.py" line="1054"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1039"/>
        <source>Aucun (non assignées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1048"/>
        <source>Sans étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1238"/>
        <source>(aucun détenteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1239"/>
        <source>(sans étiquette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1340"/>
        <source>Chargement des données hors ligne… {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1345"/>
        <source>Nombre de procurations : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1348"/>
        <source>Nombre de procurations : {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1391"/>
        <source>Service injoignable : cette action reprendra avec la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1392"/>
        <source>Sélectionnez d&apos;abord des procurations dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1400"/>
        <source>Seul le ou la RSE peut faire cette action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1406"/>
        <source>Une seule à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1409"/>
        <location filename="../../ui/views/portfolio.py" line="1413"/>
        <source>Aucune procuration reçue active parmi les lignes sélectionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1418"/>
        <source>Seule l&apos;entreprise mandante peut prolonger une procuration : aucune des lignes sélectionnées n&apos;est une procuration active de votre entreprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1425"/>
        <source>Aucune procuration active de votre entreprise parmi les lignes sélectionnées : une procuration reçue se refuse, elle ne se révoque pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1440"/>
        <source>{0} sélectionnée(s) : {1} reçue(s) active(s), {2} de votre entreprise active(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1446"/>
        <source>Maj+clic ou Ctrl+clic pour en sélectionner plusieurs; Ctrl+A : toutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1472"/>
        <source>Choisissez un client (une ligne, ou un client à gauche).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1592"/>
        <source>Abandon d&apos;un traitement en lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1594"/>
        <source>Abandonner le traitement en lot commencé le {0} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1600"/>
        <source>Les {0} élément(s) déjà faits restent faits : leurs accusés de réception sont conservés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1603"/>
        <source>Les {0} élément(s) pas encore transmis ne le seront pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1608"/>
        <source>Attention : {0} élément(s) ont été transmis sans que la réponse du service soit reçue. Ils ont peut-être été faits : leur accusé de réception se trouve alors dans « Accusés de réception ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1614"/>
        <source>&amp;Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1615"/>
        <source>&amp;Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1667"/>
        <source>Un traitement en lot commencé le {0} n&apos;est pas terminé : {1} élément(s) restent à transmettre. Le reprendre ne refait rien de ce qui a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcurationPage</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="174"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="177"/>
        <source>La nouvelle procuration reprend le type, le mandataire et les droits d&apos;accès de celle qu&apos;elle remplace, pour la plus longue période permise. Modifiez ce qui doit l&apos;être, puis continuez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="183"/>
        <source>Une procuration ne peut être valide pendant plus de trois ans : sa période de validité ne peut excéder trois ans moins un jour. Choisissez ensuite, pour chaque ministère ou organisme, les droits d&apos;accès qu&apos;elle accorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="202"/>
        <source>Interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="203"/>
        <source>Externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="206"/>
        <source>T&amp;ype de procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="213"/>
        <source>&amp;Numéro d&apos;identification du mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="216"/>
        <source>(10 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="220"/>
        <source>Nom du mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="226"/>
        <source>Date de &amp;début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="226"/>
        <source>(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="229"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="230"/>
        <source>Date de &amp;fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="233"/>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="236"/>
        <source>Rema&amp;rque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="238"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="241"/>
        <source>Sélectionnez un ministère ou organisme aux services duquel votre entreprise est inscrite, puis cliquez sur « Modifier » pour choisir ses droits d&apos;accès.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="409"/>
        <source>Recherche du mandataire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="429"/>
        <source>Aucune entreprise ne porte ce numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="434"/>
        <source>Le nom ne peut être vérifié hors connexion; le service le vérifiera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcurationRecap</name>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="150"/>
        <source>Procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="151"/>
        <source>Type de procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="153"/>
        <source>Mandant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="157"/>
        <source>Mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="158"/>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="159"/>
        <source>Date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="162"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="163"/>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="165"/>
        <source>État de la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="167"/>
        <source>Raison du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="169"/>
        <source>Droits d&apos;accès et liste des services offerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="172"/>
        <location filename="../../ui/widgets/procuration_recap.py" line="227"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="64"/>
        <location filename="../../ui/widgets/procuration_recap.py" line="172"/>
        <source>Aucun accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="62"/>
        <source>Sans restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="63"/>
        <source>Avec restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="235"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcurationShownPage</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="200"/>
        <source>Procuration à assigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="202"/>
        <source>Voici la procuration à assigner. Vérifiez qu&apos;elle accorde les droits d&apos;accès dont les utilisateurs auront besoin, puis cliquez sur « Continuer ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcurationTableModel</name>
    <message>
        <location filename="../../ui/models/procurations.py" line="24"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="25"/>
        <source>Refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="26"/>
        <source>Révoquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="27"/>
        <source>Échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="33"/>
        <source>Interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="35"/>
        <source>Externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="41"/>
        <source>Légende : IN interne · EX externe · AC actif · RF refusée · RV révoquée · EC échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="82"/>
        <source>IN : interne · EX : externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="83"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="84"/>
        <source>Mandant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="84"/>
        <source>Mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="88"/>
        <source>Numéro
d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="91"/>
        <source>Numéro d&apos;identification de l&apos;entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="94"/>
        <source>Votre entreprise pour une procuration interne; le mandataire pour une procuration externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="100"/>
        <source>Nom ou description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="110"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="117"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="124"/>
        <source>Proc.
assignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="125"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="125"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="127"/>
        <source>Procuration assignée à au moins un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="130"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcurationsView</name>
    <message>
        <location filename="../../ui/views/procurations.py" line="85"/>
        <source>Sélectionnez d&apos;abord une procuration dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="94"/>
        <source>Cette procuration est échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="97"/>
        <source>Cette procuration est révoquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="100"/>
        <source>Cette procuration a été refusée par le mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="109"/>
        <source> : elle ne peut plus être assignée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="116"/>
        <source>Une procuration externe est assignée par le mandataire, à ses propres utilisateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="130"/>
        <source>Une procuration échue ne peut plus être modifiée : créez-en une nouvelle (Renouveler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="140"/>
        <source> : elle ne peut plus être modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="150"/>
        <source> : elle ne peut plus être révoquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="160"/>
        <source>Le renouvellement est offert pour une procuration échue ou qui se termine d&apos;ici {0} jours; celle-ci se termine le {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="170"/>
        <source> : créez une nouvelle procuration avec « Ajouter ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="178"/>
        <source>Seul le mandataire peut refuser une procuration externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="183"/>
        <source>Service injoignable : cette action reprendra lorsque la connexion sera rétablie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="261"/>
        <location filename="../../ui/views/procurations.py" line="428"/>
        <source>Gestion des procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="263"/>
        <source>Les procurations que votre entreprise a créées. Sélectionnez une procuration dans la liste, puis cliquez sur le bouton de l&apos;action voulue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="270"/>
        <source>Numéro, description ou mandataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="274"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="275"/>
        <source>IN – Interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="276"/>
        <source>EX – Externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="277"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="279"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="282"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="285"/>
        <source>É&amp;tat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="287"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="290"/>
        <source>Tous les ministères et organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="297"/>
        <source>&amp;Ministère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="299"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="301"/>
        <source>Se terminant d&apos;ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="305"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="306"/>
        <source>Nombre de jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="307"/>
        <source>Effacer &amp;les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="336"/>
        <source>Liste des procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="358"/>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="359"/>
        <source>A&amp;ssigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="360"/>
        <source>&amp;Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="361"/>
        <source>M&amp;odifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="362"/>
        <source>Re&amp;fuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="363"/>
        <source>&amp;Révoquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="364"/>
        <source>Re&amp;nouveler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="365"/>
        <source>Assi&amp;gnations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="368"/>
        <source>Créer une procuration interne ou externe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="369"/>
        <source>Assigner la procuration sélectionnée à des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="370"/>
        <source>Voir la procuration sélectionnée et ses droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="371"/>
        <source>Modifier la date de fin de la procuration sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="372"/>
        <source>Refuser une procuration externe reçue (mandataire seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="373"/>
        <source>Révoquer la procuration sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="375"/>
        <source>Créer une nouvelle procuration semblable à la procuration sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="377"/>
        <source>Consulter ou révoquer les assignations de la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="504"/>
        <source>Nombre de procurations : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="506"/>
        <source>Nombre de procurations : {0} (sur {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="164"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="170"/>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="174"/>
        <source>Numéro de référence (9 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="176"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="178"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="181"/>
        <source>Transmis par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="159"/>
        <source>Enregistrer l&apos;accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="161"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="185"/>
        <source>Aperçu de l&apos;accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="214"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="215"/>
        <source>Imprimer l&apos;accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="216"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="217"/>
        <source>Enregistrer l&apos;accusé de réception en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="218"/>
        <source>Accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="218"/>
        <source>Les accusés de réception des transactions de l&apos;entreprise, du plus récent au plus ancien. Retrouvez-en un par son numéro de référence (9 chiffres), puis réimprimez-le ou enregistrez-le en PDF : il est identique à l&apos;original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="232"/>
        <source>p. ex. 002909985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="234"/>
        <source>Numéro de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="236"/>
        <source>Neuf chiffres retrouvent un accusé ; moins de chiffres filtrent la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="239"/>
        <source>Numéro de &amp;référence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="244"/>
        <source>Genre de transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="245"/>
        <source>&amp;Genre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="257"/>
        <location filename="../../ui/views/receipts.py" line="304"/>
        <source>Accusés de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="349"/>
        <source>Aucun accusé de réception de l&apos;entreprise ne porte le numéro {0}. Vérifiez le numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="389"/>
        <source>Nombre d&apos;accusés : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="391"/>
        <source>Accusés affichés : {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationDetails</name>
    <message>
        <location filename="../../ui/views/received.py" line="677"/>
        <location filename="../../ui/views/received.py" line="678"/>
        <source>Consultation d&apos;une procuration reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="689"/>
        <source>Informations sur l&apos;assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="696"/>
        <source>Chargement des assignations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="709"/>
        <source>&amp;Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="710"/>
        <source>A&amp;ssigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="711"/>
        <source>Re&amp;fuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="712"/>
        <source>Assi&amp;gnations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="715"/>
        <source>Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="716"/>
        <source>Assigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="717"/>
        <source>Refuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="718"/>
        <source>Assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="725"/>
        <source>Seule une procuration active, service joignable, peut l&apos;être.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="779"/>
        <source>Les assignations n&apos;ont pas pu être lues : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="791"/>
        <source>{0} utilisateur(s) de votre entreprise détiennent cette procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="796"/>
        <source>Aucun de vos utilisateurs ne détient cette procuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationModel</name>
    <message>
        <location filename="../../ui/views/received.py" line="86"/>
        <source>Entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="91"/>
        <source>Numéro
d&apos;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="94"/>
        <source>Numéro d&apos;identification de l&apos;entreprise mandante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="97"/>
        <source>Nom ou description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="102"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="106"/>
        <source>Les ministères et organismes sur lesquels la procuration donne des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="110"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="115"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="119"/>
        <source>Proc.
assignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="120"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="120"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="122"/>
        <source>Assignée à au moins un de vos utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="125"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationsView</name>
    <message>
        <location filename="../../ui/views/received.py" line="174"/>
        <location filename="../../ui/views/received.py" line="329"/>
        <source>Procurations reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="176"/>
        <source>Les procurations externes que des entreprises clientes ont données à votre entreprise, à titre de mandataire. Sélectionnez une procuration, puis assignez-la à vos utilisateurs, consultez-la ou refusez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="184"/>
        <source>Entreprise, numéro ou description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="188"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="191"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="192"/>
        <source>É&amp;tat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="196"/>
        <source>Assignées ou non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="197"/>
        <source>Assignées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="198"/>
        <source>Non assignées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="199"/>
        <source>Proc. assignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="200"/>
        <source>Proc. a&amp;ssignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="203"/>
        <source>Se &amp;termine dans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="207"/>
        <source>{0} jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="209"/>
        <source>Nombre de jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="210"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="236"/>
        <source>Liste des procurations reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="250"/>
        <source>Chargement des procurations reçues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="254"/>
        <source>Légende : AC actif · RF refusée · RV révoquée · EC échue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="267"/>
        <source>A&amp;ssigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="268"/>
        <source>&amp;Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="269"/>
        <source>Re&amp;fuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="632"/>
        <source>Voir qui détient la procuration et révoquer l&apos;assignation de l&apos;un de vos utilisateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="265"/>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="270"/>
        <source>Assi&amp;gnations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="274"/>
        <source>Assigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="275"/>
        <source>Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="276"/>
        <source>Refuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="277"/>
        <source>Assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="278"/>
        <source>Actualiser la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="281"/>
        <source>Relire la liste auprès du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="474"/>
        <source>Nombre de procurations : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="477"/>
        <source>Nombre de procurations : {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="485"/>
        <source>Le service est injoignable : cette action sera possible dès le retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="487"/>
        <source>Sélectionnez d&apos;abord une procuration dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="493"/>
        <source>Cette procuration est « {0} » : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="496"/>
        <source>elle ne peut plus être assignée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="497"/>
        <source>elle ne peut plus être refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="499"/>
        <source>ses assignations ont pris fin avec elle (Consulter montre la procuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="507"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut assigner ou refuser une procuration reçue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="513"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut révoquer une assignation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="520"/>
        <source>Assigner la procuration à vos utilisateurs (chacun peut détenir une procuration de chaque entreprise cliente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="527"/>
        <source>Voir la procuration, ses droits d&apos;accès et qui la détient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="532"/>
        <source>Refuser la procuration : l&apos;entreprise mandante verra la raison du refus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="32"/>
        <source>Refus d&apos;une procuration reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="34"/>
        <source>Vous allez refuser la procuration que {0} a donnée à votre entreprise. Ses assignations prendront fin. Indiquez la raison du refus : l&apos;entreprise mandante la verra, dans sa liste de procurations et dans un message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="44"/>
        <source>Par exemple : ce mandat ne figure pas à notre lettre de mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="51"/>
        <source>&amp;Raison du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="54"/>
        <source>(transmise à l&apos;entreprise mandante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="57"/>
        <source>Procuration refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="74"/>
        <source>La raison ne peut dépasser {0} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="84"/>
        <source>Raison du refus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefuseProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="103"/>
        <source>Refus d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="185"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDetails</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="608"/>
        <location filename="../../ui/views/registrations.py" line="610"/>
        <source>Consultation d&apos;une inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="644"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="645"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="647"/>
        <source>Date de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="650"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="652"/>
        <source>Date de l&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="656"/>
        <source>Réponses aux questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="661"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="661"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="667"/>
        <source>&amp;Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="669"/>
        <source>Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationQuestionsPage</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="44"/>
        <source>Demande d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="46"/>
        <source>Répondez aux questions du ministère ou de l&apos;organisme, puis cliquez sur Continuer. Une fois la demande transmise, son état est « En traitement » ; vous recevrez un message dans les 24 heures qui suivent, lorsque l&apos;inscription sera active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="57"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="65"/>
        <source>Questions du ministère ou de l&apos;organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="70"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="70"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="91"/>
        <source>Ce ministère ou organisme ne pose aucune question : continuez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="126"/>
        <source>Réponses aux questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationReceipt</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="150"/>
        <source>L&apos;inscription est active : vous pouvez maintenant accorder des droits sur les services de ce ministère ou organisme dans vos procurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="157"/>
        <source>Votre demande est en traitement. Pour que l&apos;inscription soit effective, l&apos;état doit être « Actif » : un message vous l&apos;annoncera dans les 24 heures. Entretemps, vous pouvez créer les dossiers des utilisateurs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="126"/>
        <source>Ministères et organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="131"/>
        <source>Date de la demande
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="136"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="140"/>
        <source>Date
(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="147"/>
        <source>En traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="148"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="149"/>
        <source>Refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="150"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="157"/>
        <source>La demande est en traitement. Vous recevrez un message dès que l&apos;inscription sera active (dans les 24 heures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="161"/>
        <source>L&apos;inscription est effective : les procurations peuvent accorder des droits sur les services de ce ministère ou organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="165"/>
        <source>La demande a été refusée. Vous pouvez présenter une nouvelle demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="168"/>
        <source>L&apos;entreprise a été désinscrite. Vous pouvez l&apos;inscrire de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="197"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="205"/>
        <location filename="../../ui/views/registrations.py" line="235"/>
        <source>Liste des ministères et organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="210"/>
        <source>Sélectionnez un ministère ou un organisme dans la liste ci-dessous. Ensuite, cliquez sur le bouton Inscrire, Consulter ou Désinscrire, selon vos besoins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="215"/>
        <source>L&apos;état de la demande d&apos;inscription ou de l&apos;inscription même est affiché dans le tableau. Pour que l&apos;inscription soit effective, l&apos;état doit être « Actif ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="225"/>
        <source>Im&amp;primer la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="251"/>
        <source>&amp;Inscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="252"/>
        <source>C&amp;onsulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="253"/>
        <source>&amp;Désinscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="255"/>
        <source>Inscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="256"/>
        <source>Consulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="257"/>
        <source>Désinscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="297"/>
        <source>Inscription aux services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="439"/>
        <source>Le service est injoignable : cette action sera possible dès le retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="442"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut inscrire ou désinscrire l&apos;entreprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="445"/>
        <source>Sélectionnez d&apos;abord un ministère ou un organisme dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="453"/>
        <source>L&apos;entreprise est déjà inscrite à « {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="456"/>
        <source>La demande d&apos;inscription à « {0} » est en traitement : attendez le message d&apos;activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="461"/>
        <source>L&apos;entreprise n&apos;est pas inscrite à « {0} » : il n&apos;y a rien à désinscrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="465"/>
        <source>L&apos;entreprise n&apos;a jamais demandé à s&apos;inscrire à « {0} » : il n&apos;y a rien à consulter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="477"/>
        <source>Inscrire l&apos;entreprise aux services du ministère ou de l&apos;organisme choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="482"/>
        <source>Voir l&apos;inscription et les réponses données aux questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="488"/>
        <source>Désinscrire l&apos;entreprise : les procurations ne pourront plus accorder de droits sur ce ministère ou organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="507"/>
        <source>Demande en traitement : {0}. L&apos;état passera à « Actif » dès l&apos;activation, annoncée par un message (dans les 24 heures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="520"/>
        <source>« {0} » : aucune demande d&apos;inscription. Cliquez sur Inscrire pour en présenter une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="524"/>
        <source>L&apos;inscription à « {0} » est active depuis le {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="527"/>
        <source>La demande d&apos;inscription à « {0} » est en traitement depuis le {1} : un message annoncera son activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="532"/>
        <source>L&apos;entreprise a été désinscrite de « {0} » le {1}. Vous pouvez l&apos;inscrire de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="536"/>
        <source>La demande d&apos;inscription à « {0} » a été refusée le {1}. Vous pouvez présenter une nouvelle demande.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalComparison</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="531"/>
        <source>Procuration remplacée (échue le {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="533"/>
        <source>Procuration remplacée (se termine le {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="539"/>
        <source>Nouvelle procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokePage</name>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="31"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="34"/>
        <source>La révocation met fin à cette procuration et à toutes ses assignations, dès la transmission. Le mandataire en sera avisé par un message. Pour accorder de nouveau ces droits, il faudra créer une nouvelle procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="40"/>
        <source>La révocation met fin à cette procuration et à toutes ses assignations, dès la transmission : les utilisateurs qui la détiennent n&apos;auront plus ces droits d&apos;accès. Pour les accorder de nouveau, il faudra créer une nouvelle procuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="55"/>
        <source>État de la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="56"/>
        <source>Je confirme vouloir &amp;révoquer cette procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="57"/>
        <source>Révocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="85"/>
        <source>Révocation d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="97"/>
        <source>Procuration à révoquer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="102"/>
        <location filename="../../ui/widgets/rights_editor.py" line="129"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="115"/>
        <source>* Champ obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="119"/>
        <source>&amp;Droits d&apos;accès*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="122"/>
        <source>Sans restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="123"/>
        <source>Avec restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="124"/>
        <source>Aucun accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="137"/>
        <source>&amp;Services et blocs fonctionnels (avec restriction seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="142"/>
        <source>Services et blocs fonctionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="153"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="154"/>
        <source>&amp;Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="157"/>
        <source>Garder ces droits et revenir à la procuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="273"/>
        <location filename="../../ui/widgets/rights_editor.py" line="282"/>
        <source>Droits d&apos;accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="282"/>
        <source>Ministères et organismes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="284"/>
        <source>Droits d&apos;accès par ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="302"/>
        <source>Votre entreprise n&apos;est inscrite aux services d&apos;aucun ministère ou organisme (inscription à l&apos;état Actif). Inscrivez-la d&apos;abord : menu « Inscription aux services électroniques ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="312"/>
        <source>&amp;Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="315"/>
        <source>Choisir les droits d&apos;accès du ministère ou organisme sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="478"/>
        <source>(inscription non active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="483"/>
        <source>(1 service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="485"/>
        <source>({0} services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="497"/>
        <source>L&apos;inscription de l&apos;entreprise à ce ministère ou organisme n&apos;est pas active : aucun droit ne peut y être accordé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="519"/>
        <source>Sélectionnez d&apos;abord un ministère ou organisme dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsMatrix</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="88"/>
        <source>Sans restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="90"/>
        <source>Avec restriction ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsMatrixWidget</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="257"/>
        <source>Entreprise cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="262"/>
        <source>Pour l&apos;&amp;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="267"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="268"/>
        <source>&amp;Ministère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="273"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="275"/>
        <source>Se&amp;rvice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="277"/>
        <source>Tout afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="278"/>
        <source>Afficher toute la matrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="279"/>
        <source>E&amp;xporter le détail (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="281"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="478"/>
        <source>Exporter le détail des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="282"/>
        <source>Le détail tel qu&apos;affiché, pour Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="300"/>
        <source>Calcul des droits en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="308"/>
        <source>Matrice des droits : personnes et ministères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="320"/>
        <source>Détail des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="250"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="381"/>
        <source>Tous les clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="475"/>
        <source>CSV pour Excel, point-virgule (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="476"/>
        <source>CSV, virgule (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="536"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="551"/>
        <source>Tous les services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="557"/>
        <source>Choisissez d&apos;abord un ministère ou organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="582"/>
        <source>Droits de {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="571"/>
        <source>Détail des droits ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="597"/>
        <source>{0} personne(s) peuvent agir pour {1} entreprise(s) cliente(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="601"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="607"/>
        <source> ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="602"/>
        <source>. Choisissez une entreprise pour savoir qui peut agir pour elle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="610"/>
        <source>Personne de votre entreprise ne peut agir pour {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="614"/>
        <source>{0} personne(s) peuvent agir pour {1} : {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RseTableModel</name>
    <message>
        <location filename="../../ui/views/enterprise.py" line="59"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="60"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="61"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="62"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="63"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Cet écran n&apos;a pas pu être ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Cet écran arrive bientôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Une erreur est survenue à l&apos;ouverture de « {0} ». Les autres écrans restent utilisables. Les détails sont dans le journal : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>(journal non configuré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>L&apos;écran « {0} » est en préparation et sera offert dans une prochaine version. Les autres écrans restent utilisables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../ui/status.py" line="139"/>
        <source>État du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="142"/>
        <source>Réessayer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="146"/>
        <source>Réessayer de joindre le service maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="165"/>
        <source>Service joignable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="173"/>
        <source>Service injoignable — nouvel essai dans {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="176"/>
        <source>Service injoignable — nouvel essai en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="228"/>
        <source>Procura — Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="237"/>
        <source>Accès délégués des entreprises aux services en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="245"/>
        <source>Authentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="252"/>
        <source>Inscrivez votre code d&apos;utilisateur et votre mot de passe, puis cliquez sur «&#xa0;Se&#xa0;connecter&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="283"/>
        <source>&amp;Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="284"/>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="287"/>
        <source>Se so&amp;uvenir de moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="292"/>
        <source>Votre session est gardée dans le trousseau de clés du système : Procura l&apos;ouvre sans mot de passe au prochain démarrage. « Se déconnecter » l&apos;efface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="298"/>
        <source>« Se souvenir de moi » n&apos;est pas offert : aucun trousseau de clés du système n&apos;est disponible pour garder votre session en sécurité sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="311"/>
        <location filename="../../ui/sign_in.py" line="503"/>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="315"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="338"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="341"/>
        <source>Sur cet &amp;ordinateur (service intégré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="343"/>
        <source>Service &amp;distant, à l&apos;adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="348"/>
        <source>Adresse du service distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="371"/>
        <source>Démarrage du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="423"/>
        <source>Inscrivez votre code d&apos;utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="425"/>
        <source>Inscrivez votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="503"/>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="151"/>
        <source>Modifié entre-temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="157"/>
        <source>Quelqu&apos;un l&apos;a modifié avant vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="159"/>
        <source>ce dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="162"/>
        <source>Quelqu&apos;un a modifié {0} depuis que vous l&apos;avez ouvert. Rien de ce que vous avez inscrit n&apos;a été enregistré. Comparez votre modification avec la version actuelle, puis choisissez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="178"/>
        <source>Renseignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="179"/>
        <source>Votre modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="180"/>
        <source>Version actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="181"/>
        <source>Après réapplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="187"/>
        <source>(inchangé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="226"/>
        <source>⚠ Vous et l&apos;autre personne avez modifié le même renseignement : si vous réappliquez, votre valeur remplacera la sienne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="235"/>
        <source>&amp;Réappliquer mes modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="238"/>
        <source>Transmettre vos modifications par-dessus la version actuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="240"/>
        <source>Re&amp;voir avant de transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="243"/>
        <source>Revenir au formulaire, avec vos modifications appliquées à la version actuelle ; rien n&apos;est transmis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="247"/>
        <source>A&amp;bandonner mes modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="249"/>
        <source>Oublier vos modifications : la version actuelle reste telle quelle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../ui/widgets/step_bar.py" line="102"/>
        <source>Étape {0} sur {1} : {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionWizard</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="344"/>
        <source>Vos données ont été transmises avec succès.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="348"/>
        <source>Votre numéro de référence est : {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="427"/>
        <source>Accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="436"/>
        <source>Transmission en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="438"/>
        <source>Transmission en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="442"/>
        <source>&amp;Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="443"/>
        <source>&amp;Précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="444"/>
        <source>Co&amp;rriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="445"/>
        <source>&amp;Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="446"/>
        <source>&amp;Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="447"/>
        <source>&amp;Transmettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="448"/>
        <source>T&amp;erminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="603"/>
        <source>Des renseignements sont à corriger : voyez les messages sous les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="645"/>
        <source>Annuler la transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="646"/>
        <source>Voulez-vous vraiment annuler ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="647"/>
        <source>Les données que vous avez inscrites seront perdues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="648"/>
        <source>&amp;Oui, annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="651"/>
        <source>&amp;Non, poursuivre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="695"/>
        <source>&amp;Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="751"/>
        <source>Le service a refusé certains renseignements : corrigez les champs indiqués, puis continuez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisterPage</name>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="31"/>
        <source>Désinscription des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="33"/>
        <source>Vous allez désinscrire l&apos;entreprise des services électroniques de ce ministère ou organisme. Les procurations ne pourront plus accorder de droits d&apos;accès à ses services. Vous pourrez inscrire l&apos;entreprise de nouveau au besoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="51"/>
        <source>Ministère ou organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="55"/>
        <source>Date de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="60"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="63"/>
        <source>Date de l&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="66"/>
        <source>Je confirme vouloir désinscrire l&apos;entreprise de ce ministère ou organisme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="70"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="80"/>
        <source>Cochez la case pour confirmer la désinscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisterWizard</name>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="106"/>
        <source>Désinscription des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="114"/>
        <source>En traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="115"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="116"/>
        <source>Refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="117"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActionWizard</name>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="51"/>
        <source>Suspension du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="55"/>
        <source>Réactivation du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="59"/>
        <source>Révocation du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="62"/>
        <source>Modification du mot de passe de l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="70"/>
        <source>Le dossier sera suspendu : l&apos;utilisateur ne pourra plus se connecter tant que son dossier ne sera pas réactivé. Ses sessions ouvertes prennent fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="76"/>
        <source>Le dossier sera réactivé : l&apos;utilisateur pourra de nouveau se connecter avec son mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="82"/>
        <source>Le dossier sera révoqué définitivement : l&apos;utilisateur ne pourra plus se connecter et ses assignations de procuration prennent fin. Un dossier révoqué ne peut pas être réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="88"/>
        <source>Un nouveau mot de passe temporaire sera créé et l&apos;actuel ne fonctionnera plus. L&apos;utilisateur devra le remplacer à sa première connexion. Ses sessions ouvertes prennent fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="146"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="148"/>
        <source>Action demandée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="150"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="151"/>
        <source>Effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="158"/>
        <location filename="../../ui/wizards/user_action.py" line="203"/>
        <source>Nouveau mot de passe temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="169"/>
        <source>Révoquer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="170"/>
        <source>Voulez-vous vraiment révoquer le dossier de {0} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="171"/>
        <source>La révocation est définitive : le dossier ne pourra pas être réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="172"/>
        <source>&amp;Oui, révoquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="191"/>
        <source>Voici le nouveau mot de passe temporaire de {0}. Communiquez-le-lui : il devra le remplacer à sa première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="200"/>
        <source>Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="196"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="197"/>
        <source>Mot de passe temporaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="206"/>
        <source>Connectez-vous avec ce code d&apos;utilisateur et ce mot de passe temporaire, puis choisissez votre propre mot de passe. Gardez-le pour vous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEntryPage</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="130"/>
        <source>Modifiez les renseignements voulus, puis cliquez sur « Continuer ». Pour changer le courriel, inscrivez-le deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="135"/>
        <source>Inscrivez les renseignements demandés sur l&apos;utilisateur. Vous devez fournir un courriel afin qu&apos;il puisse réinitialiser son mot de passe en cas d&apos;oubli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="140"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="155"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="156"/>
        <source>Responsable des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="160"/>
        <source>&amp;Nom de famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="161"/>
        <source>Pr&amp;énom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="162"/>
        <source>Co&amp;urriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="165"/>
        <source>Con&amp;firmation du courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="168"/>
        <source>(seulement si le courriel change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="173"/>
        <source>&amp;Téléphone (travail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="176"/>
        <source>(10 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="179"/>
        <source>p&amp;oste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="180"/>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="181"/>
        <source>Poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="182"/>
        <source>Au plus quatre chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="189"/>
        <source>Vous ne pouvez pas changer votre propre rôle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="291"/>
        <source>Aucun renseignement n&apos;a été modifié : modifiez au moins un champ, ou annulez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="325"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="329"/>
        <source>Nom de famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="330"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="331"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="332"/>
        <source>Téléphone (travail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="333"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="343"/>
        <source>Modifications demandées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRecordFrame</name>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="291"/>
        <source>Consultation du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="326"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="330"/>
        <source>Date de création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="332"/>
        <source>Mot de passe temporaire à remplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="333"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="333"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="336"/>
        <source>Procuration détenue et assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="341"/>
        <source>Un ou une RSE détient la procuration générale de l&apos;entreprise : tous ses droits d&apos;accès.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="345"/>
        <source>« {0} », assignée du {1} au {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="351"/>
        <source>« {0} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="353"/>
        <source>Aucune procuration de l&apos;entreprise n&apos;est assignée à cet utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="362"/>
        <source>Assignations de l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="384"/>
        <source>&amp;Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../ui/views/users.py" line="103"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="104"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="105"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="107"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="111"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="113"/>
        <source>Procuration détenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="225"/>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="227"/>
        <source>Les utilisateurs présentés sont ceux à qui aucune procuration de cette entreprise n&apos;a été assignée. Un utilisateur ne pouvant avoir plus d&apos;une procuration d&apos;une même entreprise, la procuration doit contenir tous les droits d&apos;accès dont il aura besoin. Cochez les utilisateurs, puis continuez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="239"/>
        <source>Nom ou code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="241"/>
        <source>Rec&amp;hercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="244"/>
        <source>Utilisateurs à qui assigner la procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="246"/>
        <source>Chargement des utilisateurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="254"/>
        <source>du {0} au {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="259"/>
        <source>Date de &amp;début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="262"/>
        <source>(AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="266"/>
        <source>Date de &amp;fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="269"/>
        <source>(AAAA-MM-JJ) — la procuration est valide {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="372"/>
        <source>Aucun utilisateur n&apos;est disponible : chacun détient déjà une procuration de cette entreprise. Créez un dossier d&apos;utilisateur, ou révoquez une assignation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="379"/>
        <source>{0} utilisateur(s) offert(s) · {1} sélectionné(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/views/users.py" line="141"/>
        <source>Sélectionnez un dossier dans la liste, puis cliquez sur l&apos;action voulue. Une action qui ne s&apos;applique pas à l&apos;état du dossier est grisée : survolez-la pour savoir pourquoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="152"/>
        <source>Hors ligne : la liste affichée peut ne pas être à jour et les actions sont indisponibles jusqu&apos;au retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="162"/>
        <source>Nom, prénom, code d&apos;utilisateur, rôle, état…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="164"/>
        <source>Rechercher un dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="166"/>
        <source>Reche&amp;rcher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="174"/>
        <source>Dossiers des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="183"/>
        <source>Cr&amp;éer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="184"/>
        <source>C&amp;onsulter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="185"/>
        <source>&amp;Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="186"/>
        <source>&amp;Suspendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="187"/>
        <source>Réac&amp;tiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="188"/>
        <source>Ré&amp;voquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="189"/>
        <source>Modifier le mot de &amp;passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="230"/>
        <source>Gestion des dossiers des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="262"/>
        <source>Nombre de dossiers : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="265"/>
        <source>Dossiers affichés : {0} sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="279"/>
        <source>Hors ligne : cette action a besoin du service. Elle redeviendra possible au retour de la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="285"/>
        <source>Sélectionnez d&apos;abord un dossier dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="292"/>
        <source>Un dossier révoqué ne peut plus être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="296"/>
        <source>Ce dossier est déjà suspendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="298"/>
        <source>Un dossier révoqué ne peut pas être suspendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="300"/>
        <source>Vous ne pouvez pas suspendre votre propre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="304"/>
        <source>Ce dossier est actif : il n&apos;y a rien à réactiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="306"/>
        <source>Un dossier révoqué ne peut pas être réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="310"/>
        <source>Ce dossier est déjà révoqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="312"/>
        <source>Vous ne pouvez pas révoquer votre propre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="317"/>
        <source>Le dossier est révoqué : son mot de passe ne peut plus être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="321"/>
        <source>Vous ne pouvez pas réinitialiser votre propre mot de passe ici : votre session prendrait fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="329"/>
        <source>Créer le dossier d&apos;un nouvel utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="331"/>
        <source>Consulter le dossier sélectionné et la procuration qu&apos;il détient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="333"/>
        <source>Modifier les renseignements du dossier sélectionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="335"/>
        <source>Suspendre le dossier : l&apos;utilisateur ne pourra plus se connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="337"/>
        <source>Réactiver le dossier suspendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="339"/>
        <source>Révoquer le dossier, définitivement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="340"/>
        <source>Donner à l&apos;utilisateur un nouveau mot de passe temporaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="252"/>
        <source>Vérification des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="258"/>
        <source>Vérifiez si les données inscrites ci-dessous sont exactes avant de les transmettre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="274"/>
        <source>Tous les renseignements sont confidentiels. Ils seront transmis de façon sécurisée afin de garantir leur confidentialité et leur intégrité.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="109"/>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/base.py" line="110"/>
        <source>Rec&amp;hercher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/offline.py" line="361"/>
        <source>Le service ne répond pas. Avec votre mot de passe, vous pouvez consulter les listes gardées sur cet ordinateur, sans rien modifier, jusqu&apos;à son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="364"/>
        <source>Ouvrir hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="380"/>
        <source>Le service ne répond pas. Les listes gardées sur cet ordinateur pourront être ouvertes hors ligne après une connexion avec le service : le mot de passe ne peut pas encore y être vérifié sans lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="404"/>
        <source>Inscrivez votre mot de passe pour ouvrir les données hors ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="407"/>
        <source>Vérification du mot de passe sur cet ordinateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="414"/>
        <source>Mot de passe incorrect : les données hors ligne n&apos;ont pas été ouvertes. Inscrivez le mot de passe de votre dernière connexion sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="423"/>
        <source>Trop d&apos;essais avec un mauvais mot de passe : réessayez dans {0} secondes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="438"/>
        <source>Ouverture des données hors ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="452"/>
        <source>Aucune donnée hors ligne utilisable n&apos;est gardée sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Des renseignements sont à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Le service n&apos;a pas répondu à temps. Vos données sont conservées : vérifiez votre connexion réseau, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>Impossible de joindre le service. Vos données sont conservées : vérifiez votre connexion réseau, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Une erreur inattendue est survenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <location filename="../../ui/errors.py" line="208"/>
        <source>Procura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Corrigez les renseignements indiqués, puis transmettez de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>Référence pour le soutien : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Réessayez. Si le problème persiste, communiquez avec le soutien technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>Réessayez. Si le problème persiste, communiquez avec le soutien technique et joignez le journal : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>Une erreur inattendue est survenue. Le travail transmis est conservé ; ce qui n&apos;était pas transmis peut devoir être refait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>Les détails sont enregistrés dans le journal :
{0}

Vous pouvez continuer. Si le problème se reproduit, transmettez ce fichier au soutien technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>Vous pouvez continuer. Si le problème se reproduit, communiquez avec le soutien technique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>receipts</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="54"/>
        <source>Création du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="57"/>
        <source>Modification du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="60"/>
        <source>Suspension du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="63"/>
        <source>Réactivation du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="66"/>
        <source>Révocation du dossier d&apos;un utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="69"/>
        <source>Modification du mot de passe de l&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="72"/>
        <source>Ajout d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="73"/>
        <source>Modification d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="76"/>
        <source>Révocation d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="79"/>
        <source>Refus d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="80"/>
        <source>Assignation d&apos;une procuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="83"/>
        <source>Révocation d&apos;une assignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="84"/>
        <source>Inscription à des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="87"/>
        <source>Désinscription des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="90"/>
        <source>Suspension du code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="93"/>
        <source>Réactivation du code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="96"/>
        <source>Annulation du code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="99"/>
        <source>Nouveau code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="108"/>
        <source>Toutes les transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="109"/>
        <source>Dossiers des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="110"/>
        <source>Procurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="111"/>
        <source>Assignations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="112"/>
        <source>Inscriptions aux services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="113"/>
        <source>Code clicSÉQUR express</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="57"/>
        <source>Responsable des services électroniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="59"/>
        <source>Représentant(e) autorisé(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="61"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="69"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="71"/>
        <source>Suspendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="73"/>
        <source>Révoqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="83"/>
        <source>{0} poste {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="99"/>
        <source>Générale (RSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="101"/>
        <source>(sans description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="104"/>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="111"/>
        <source>Code d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="112"/>
        <source>Nom de famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="113"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="114"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="116"/>
        <source>Téléphone (travail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="119"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="120"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="121"/>
        <source>Procuration détenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
