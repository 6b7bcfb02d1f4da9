<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app_controller.py" line="347"/>
        <source>Démarrage du service sur cet ordinateur… La première fois, les données de démonstration sont préparées ; cela peut prendre quelques secondes.</source>
        <translation>Starting the service on this computer… The first time, the demonstration data is prepared; this may take a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="351"/>
        <location filename="../../ui/app_controller.py" line="422"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="384"/>
        <source>Démarrage du service annulé.</source>
        <translation>Service start-up cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="385"/>
        <location filename="../../ui/app_controller.py" line="391"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="395"/>
        <location filename="../../ui/app_controller.py" line="417"/>
        <source>Service prêt sur cet ordinateur.</source>
        <translation>Service ready on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="420"/>
        <source>Démarrage du service sur cet ordinateur…</source>
        <translation>Starting the service on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="570"/>
        <source>Le service démarre sur cet ordinateur ; la connexion suivra.</source>
        <translation>The service is starting on this computer; you will be signed in once it is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="590"/>
        <source>Votre mot de passe est temporaire : choisissez-en un nouveau.</source>
        <translation>Your password is temporary: choose a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="598"/>
        <source>Le mot de passe temporaire doit être remplacé avant d&apos;ouvrir une session. Connectez-vous de nouveau lorsque vous serez prêt.</source>
        <translation>The temporary password must be replaced before you can open a session. Sign in again when you are ready.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="726"/>
        <source>Reprise de votre session…</source>
        <translation>Resuming your session…</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="736"/>
        <source>Votre session mémorisée a pris fin : connectez-vous de nouveau.</source>
        <translation>Your remembered session has ended: please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="893"/>
        <source>Votre session a pris fin. Reconnectez-vous pour continuer.</source>
        <translation>Your session has ended. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/app_controller.py" line="895"/>
        <source>Vous êtes déconnecté. À bientôt !</source>
        <translation>You are signed out. See you soon!</translation>
    </message>
</context>
<context>
    <name>AssignProcuration</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="76"/>
        <source>RSE</source>
        <translation>RSE</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="77"/>
        <source>Représentant(e) autorisé(e)</source>
        <translation>Authorized representative</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="78"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>AssignProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="395"/>
        <source>Assignation d&apos;une procuration</source>
        <translation>Assigning a procuration</translation>
    </message>
</context>
<context>
    <name>AssignmentInfoTable</name>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="259"/>
        <source>Nom de famille et prénom</source>
        <translation>Last name and first name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="260"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="261"/>
        <source>Date de début (AAAA-MM-JJ)</source>
        <translation>Start date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="262"/>
        <source>Date de fin (AAAA-MM-JJ)</source>
        <translation>End date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="265"/>
        <source>Informations sur l&apos;assignation</source>
        <translation>Assignment information</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="69"/>
        <source>En cours</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="73"/>
        <source>Date de début (AAAA-MM-JJ)</source>
        <translation>Start date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="78"/>
        <source>Date de fin (AAAA-MM-JJ)</source>
        <translation>End date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="85"/>
        <location filename="../../ui/wizards/user_action.py" line="235"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="87"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="99"/>
        <source>Nom de famille et prénom</source>
        <translation>Last name and first name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="102"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="237"/>
        <source>Entreprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="241"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="246"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="68"/>
        <location filename="../../ui/wizards/user_action.py" line="251"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="252"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="69"/>
        <location filename="../../ui/wizards/user_action.py" line="252"/>
        <source>Terminée</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>AssignmentVerification</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="453"/>
        <source>Informations sur l&apos;assignation</source>
        <translation>Assignment information</translation>
    </message>
</context>
<context>
    <name>AssignmentsDialog</name>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="134"/>
        <location filename="../../ui/dialogs/assignments.py" line="144"/>
        <source>Consultation ou révocation d&apos;une assignation</source>
        <translation>View or revoke an assignment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="147"/>
        <source>Procuration : {0}</source>
        <translation>Procuration: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="152"/>
        <source>Procurations assignées à {0}</source>
        <translation>Procurations assigned to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="164"/>
        <source>Assignations</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="175"/>
        <location filename="../../ui/dialogs/assignments.py" line="225"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="177"/>
        <source>&amp;Révoquer l&apos;assignation</source>
        <translation>&amp;Revoke the assignment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="179"/>
        <source>&amp;Fermer</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="194"/>
        <source>L&apos;assignation est révoquée.</source>
        <translation>The assignment is revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="197"/>
        <source>Retour à la &amp;liste</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="239"/>
        <source>Aucune assignation.</source>
        <translation>No assignments.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="242"/>
        <source>{0} assignation(s) en cours, {1} terminée(s)</source>
        <translation>{0} assignment(s) in force, {1} ended</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="278"/>
        <source>Seul le mandataire gère les assignations d&apos;une procuration externe : ce sont ses utilisateurs qui la détiennent, et lui seul peut les révoquer.</source>
        <translation>Only the mandataire manages the assignments of an external procuration: its own users hold it, and only it can revoke them.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="285"/>
        <source>Service injoignable : réessayez une fois la connexion rétablie.</source>
        <translation>The service cannot be reached: try again once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="288"/>
        <source>Sélectionnez d&apos;abord une assignation dans la liste.</source>
        <translation>First select an assignment in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="290"/>
        <source>Cette assignation est déjà terminée.</source>
        <translation>This assignment has already ended.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="310"/>
        <source>Révocation d&apos;une assignation</source>
        <translation>Revoking an assignment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="312"/>
        <source>Révoquer l&apos;assignation de {0}, {1} ({2}) ?</source>
        <translation>Revoke the assignment of {0}, {1} ({2})?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="318"/>
        <source>Dès la transmission, cet utilisateur n&apos;agira plus avec la procuration « {0} ».</source>
        <translation>Once this is submitted, this user will no longer act under the procuration “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="321"/>
        <source>&amp;Révoquer</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assignments.py" line="322"/>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="223"/>
        <source>Inscription des données</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="224"/>
        <source>Vérification des données</source>
        <translation>Verification of the data</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="225"/>
        <source>Transmission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="226"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="236"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="237"/>
        <source>&amp;Précédente</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="238"/>
        <source>&amp;Continuer</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="239"/>
        <source>&amp;Transmettre</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="240"/>
        <source>A&amp;rrêter</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="241"/>
        <source>&amp;Reprendre</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="242"/>
        <source>&amp;Fermer</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="243"/>
        <source>Enregistrer en &amp;PDF</source>
        <translation>Save as P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="244"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="245"/>
        <source>T&amp;erminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="247"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="247"/>
        <source>Quitter sans rien transmettre</source>
        <translation>Leave without submitting anything</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="248"/>
        <source>Précédente</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="248"/>
        <source>Revenir à l&apos;étape précédente</source>
        <translation>Go back to the previous step</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="249"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="249"/>
        <source>Vérifier les données</source>
        <translation>Verify the data</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="252"/>
        <source>Transmettre</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="253"/>
        <source>Transmettre chaque procuration, une transaction à la fois</source>
        <translation>Submit each procuration, one transaction at a time</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="257"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="258"/>
        <source>Arrêter après l&apos;élément en cours; le reste pourra être repris</source>
        <translation>Stop after the current item; the rest can be resumed later</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="262"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="264"/>
        <source>Transmettre ce qui reste, avec les mêmes clés : rien n&apos;est fait deux fois</source>
        <translation>Submit what is left, with the same keys: nothing is done twice</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="269"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="270"/>
        <source>Fermer; le traitement pourra être repris depuis le portefeuille</source>
        <translation>Close; the batch can be resumed from the portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="274"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="275"/>
        <source>Enregistrer le sommaire et chaque accusé de réception en PDF</source>
        <translation>Save the summary and each acknowledgement of receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="279"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="280"/>
        <source>Imprimer le sommaire et chaque accusé de réception</source>
        <translation>Print the summary and each acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="282"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="282"/>
        <source>Revenir à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="352"/>
        <source>Procurations du traitement en lot</source>
        <translation>Procurations of the batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="376"/>
        <source>Nouvelle date de fin</source>
        <translation>New end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="377"/>
        <source>Date &amp;maximale de chacune</source>
        <translation>&amp;Latest date for each</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="379"/>
        <source>Chaque procuration prend sa propre date maximale : début + 3 ans − 1 jour</source>
        <translation>Each procuration gets its own latest date: start + 3 years − 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="383"/>
        <source>Raison du refus</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="388"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="393"/>
        <source>Choisissez la nouvelle date de fin des procurations sélectionnées. Une procuration ne peut être valide plus de trois ans moins un jour : chacune est ramenée au besoin à sa propre limite. Chacune sera modifiée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation>Choose the new end date of the selected procurations. A procuration cannot be valid for more than three years less one day: each one is brought back to its own limit if needed. Each will be modified by its own transaction, with its own acknowledgement of receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="399"/>
        <source>&amp;Nouvelle date de fin*</source>
        <translation>&amp;New end date*</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="403"/>
        <source>(AAAA-MM-JJ)</source>
        <translation>(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="412"/>
        <source>Les entreprises mandantes verront la raison du refus. Chaque procuration sera refusée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation>The mandant enterprises will see the reason for the refusal. Each procuration will be refused by its own transaction, with its own acknowledgement of receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="416"/>
        <source>&amp;Raison du refus*</source>
        <translation>&amp;Reason for the refusal*</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="423"/>
        <source>Choisissez l&apos;utilisateur de votre entreprise qui détiendra les procurations sélectionnées. Un utilisateur détient au plus une procuration de chaque entreprise : une procuration d&apos;un client dont il en détient déjà une sera refusée par le service, avec la raison.</source>
        <translation>Choose the user of your enterprise who will hold the selected procurations. A user holds at most one procuration from each enterprise: a procuration from a client of whom the user already holds one will be refused by the service, with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="429"/>
        <source>&amp;Utilisateur*</source>
        <translation>&amp;User*</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="466"/>
        <source>Chargement des utilisateurs…</source>
        <translation>Loading the users…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="438"/>
        <source>Les procurations sélectionnées seront révoquées : leurs assignations prennent fin et les mandataires en sont avisés. Chacune sera révoquée par sa propre transaction, avec son propre accusé de réception.</source>
        <translation>The selected procurations will be revoked: their assignments end and the mandataires are notified. Each will be revoked by its own transaction, with its own acknowledgement of receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="106"/>
        <source>Prolongation de procurations en lot</source>
        <translation>Extending procurations in a batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="109"/>
        <source>Révocation de procurations en lot</source>
        <translation>Revoking procurations in a batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="112"/>
        <source>Refus de procurations reçues en lot</source>
        <translation>Refusing received procurations in a batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="115"/>
        <source>Assignation de procurations en lot</source>
        <translation>Assigning procurations in a batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="486"/>
        <source>Progression du traitement</source>
        <translation>Progress of the batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="487"/>
        <source>%v sur %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="560"/>
        <source>Choisissez un utilisateur</source>
        <translation>Choose a user</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="619"/>
        <source>{0} procuration(s) sélectionnée(s) : {1} à transmettre, {2} non transmise(s)</source>
        <translation>{0} procuration(s) selected: {1} to submit, {2} not submitted</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="627"/>
        <source>La nouvelle date de fin ne peut pas être passée.</source>
        <translation>The new end date cannot be in the past.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="629"/>
        <source>Indiquez la raison du refus : les clients la verront.</source>
        <translation>Give the reason for the refusal: the clients will see it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="631"/>
        <source>Choisissez l&apos;utilisateur qui détiendra les procurations.</source>
        <translation>Choose the user who will hold the procurations.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="635"/>
        <source>Aucune des procurations sélectionnées ne peut être traitée : voyez la raison de chacune ci-dessous.</source>
        <translation>None of the selected procurations can be processed: see the reason for each below.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="653"/>
        <source>{0} procuration(s) seront traitées, chacune par sa propre transaction, avec son propre accusé de réception.</source>
        <translation>{0} procuration(s) will be processed, each by its own transaction, with its own acknowledgement of receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="657"/>
        <source>Date de fin demandée : {0}.</source>
        <translation>End date requested: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="659"/>
        <source>Utilisateur : {0}.</source>
        <translation>User: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="661"/>
        <source>Raison du refus : « {0} ».</source>
        <translation>Reason for the refusal: “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="664"/>
        <source>{0} ne le seront pas ; la raison de chacune est dans la liste.</source>
        <translation>{0} will not be; the reason for each is in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="680"/>
        <source>Le service est injoignable : reprenez dès le retour de la connexion.</source>
        <translation>The service cannot be reached: resume as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="710"/>
        <source>Arrêt après l&apos;élément en cours…</source>
        <translation>Stopping after the current item…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="719"/>
        <source>Transmission : {0} — {1}</source>
        <translation>Submitting: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="742"/>
        <source>Le traitement a été interrompu avant la fin.</source>
        <translation>The batch was interrupted before the end.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="749"/>
        <source>{0} élément(s) restent à transmettre : « Reprendre » les transmet avec les mêmes clés, rien n&apos;est fait deux fois.</source>
        <translation>{0} item(s) remain to be submitted: “Resume” submits them with the same keys, so nothing is done twice.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="762"/>
        <source>Traitement terminé : {0} fait(s), {1} refusé(s) par le service, {2} non transmis. Chaque élément fait a son accusé de réception et son numéro de référence.</source>
        <translation>Batch finished: {0} done, {1} refused by the service, {2} not submitted. Each item done has its acknowledgement of receipt and its reference number.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="773"/>
        <source>Éléments non traités ({0}) :</source>
        <translation>Items not processed ({0}):</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="806"/>
        <source>Enregistrer l&apos;accusé de réception du traitement en lot</source>
        <translation>Save the acknowledgement of receipt of the batch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="808"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="827"/>
        <source>Aperçu de l&apos;accusé de réception du traitement en lot</source>
        <translation>Preview of the acknowledgement of receipt of the batch</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="116"/>
        <source>Nom de famille et prénom</source>
        <translation>Last name and first name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="118"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="119"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="120"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="608"/>
        <source>Procura — Changement du mot de passe</source>
        <translation>Procura — Password change</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="616"/>
        <source>Changement du mot de passe</source>
        <translation>Password change</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="620"/>
        <source>Votre mot de passe est temporaire : choisissez-en un nouveau pour continuer.</source>
        <translation>Your password is temporary: choose a new one to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="622"/>
        <source>Choisissez votre nouveau mot de passe.</source>
        <translation>Choose your new password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="629"/>
        <source>Il doit contenir au moins 8 caractères. Une phrase facile à retenir convient bien ; les mots de passe trop courants sont refusés.</source>
        <translation>It must have at least 8 characters. An easy-to-remember phrase works well; passwords that are too common are refused.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="653"/>
        <source>Mot de passe &amp;actuel</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="658"/>
        <source>&amp;Nouveau mot de passe</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="662"/>
        <source>Con&amp;firmation du nouveau mot de passe</source>
        <translation>Con&amp;firm the new password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="668"/>
        <source>&amp;Enregistrer le mot de passe</source>
        <translation>&amp;Save the password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="672"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="680"/>
        <source>Enregistrement en cours</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="741"/>
        <source>La confirmation doit être identique au nouveau mot de passe.</source>
        <translation>The confirmation must match the new password.</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <location filename="../../ui/views/procurations.py" line="214"/>
        <source>Consultation d&apos;une procuration</source>
        <translation>Viewing a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="218"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="227"/>
        <source>&amp;Fermer</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>CreateProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="492"/>
        <source>Renouvellement d&apos;une procuration</source>
        <translation>Renewing a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="494"/>
        <source>Ajout d&apos;une procuration</source>
        <translation>Adding a procuration</translation>
    </message>
</context>
<context>
    <name>CreateUserWizard</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="609"/>
        <source>Création du dossier d&apos;un utilisateur</source>
        <translation>Creating a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="620"/>
        <source>Code d&apos;utilisateur et mot de passe temporaire</source>
        <translation>User code and temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="637"/>
        <source>Le dossier de {0} est créé. Communiquez-lui son code d&apos;utilisateur et son mot de passe temporaire : c&apos;est sa clé d&apos;accès aux services. Le mot de passe temporaire devra être remplacé à la première connexion.</source>
        <translation>The record of {0} is created. Give this person their user code and temporary password: together they are the key to the services. The temporary password must be replaced at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="647"/>
        <source>Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;».</source>
        <translation>This temporary password will never be shown again. Print this page or write it down before clicking “Finish”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="643"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="644"/>
        <source>Mot de passe temporaire</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="650"/>
        <source>Clé d&apos;accès aux services électroniques</source>
        <translation>Access key to the electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="653"/>
        <source>Connectez-vous avec ce code d&apos;utilisateur et ce mot de passe temporaire, puis choisissez votre propre mot de passe. Gardez-le pour vous.</source>
        <translation>Sign in with this user code and this temporary password, then choose your own password. Keep it to yourself.</translation>
    </message>
</context>
<context>
    <name>EndDateField</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="98"/>
        <source>(AAAA-MM-JJ)</source>
        <translation>(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="103"/>
        <source>Date ma&amp;ximale</source>
        <translation>Latest &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="136"/>
        <source>Au plus tard le {0}</source>
        <translation>No later than {0}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="140"/>
        <source>Mettre la date de fin au {0}</source>
        <translation>Set the end date to {0}</translation>
    </message>
</context>
<context>
    <name>EndDatePage</name>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="80"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="82"/>
        <source>Vous pouvez modifier la date de fin d&apos;une procuration tant qu&apos;elle n&apos;est pas échue, ce qui évite d&apos;en créer une nouvelle. Sa période de validité ne peut excéder trois ans moins un jour.</source>
        <translation>You can change the end date of a procuration as long as it has not expired, which saves creating a new one. Its period of validity cannot exceed three years less one day.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="90"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="92"/>
        <source>Type de procuration</source>
        <translation>Type of procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="94"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="97"/>
        <source>Date de fin actuelle</source>
        <translation>Current end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="100"/>
        <source>État de la procuration</source>
        <translation>State of the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="102"/>
        <source>Nouvelle date de fin</source>
        <translation>New end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="103"/>
        <source>&amp;Nouvelle date de fin</source>
        <translation>&amp;New end date</translation>
    </message>
</context>
<context>
    <name>EnterpriseView</name>
    <message>
        <location filename="../../ui/views/enterprise.py" line="89"/>
        <source>Hors ligne : les renseignements affichés peuvent ne pas être à jour et les actions sont indisponibles jusqu&apos;au retour de la connexion.</source>
        <translation>Offline: the information shown may not be up to date, and the actions are unavailable until the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="104"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation>Enterprise information</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="112"/>
        <source>Nom de l&apos;entreprise</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="113"/>
        <source>Numéro d&apos;identification</source>
        <translation>Identification number</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="114"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation>Québec enterprise number (NEQ)</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="115"/>
        <source>Adresse du siège social</source>
        <translation>Head office address</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="131"/>
        <source>Responsables des services électroniques (RSE)</source>
        <translation>Electronic services officers (RSE)</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="134"/>
        <source>Les RSE détiennent la procuration générale de l&apos;entreprise : ils l&apos;inscrivent aux services électroniques, gèrent les dossiers des utilisateurs et les procurations.</source>
        <translation>The RSEs hold the enterprise&apos;s general procuration: they register it for electronic services and manage the user records and the procurations.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="146"/>
        <source>Responsables des services électroniques</source>
        <translation>Electronic services officers</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="161"/>
        <source>Code d&apos;accès clicSÉQUR express</source>
        <translation>clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="168"/>
        <source>État du code :</source>
        <translation>Code state:</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="172"/>
        <source>État du code clicSÉQUR express</source>
        <translation>State of the clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="182"/>
        <source>L&apos;entreprise a un seul code, permanent, qui s&apos;utilise avec son NEQ pour accéder aux services en ligne participants. {0}</source>
        <translation>The enterprise has a single, permanent code, used with its NEQ to access the participating online services. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="191"/>
        <source>&amp;Suspendre</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="192"/>
        <source>Réac&amp;tiver</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="193"/>
        <source>A&amp;nnuler le code</source>
        <translation>Ca&amp;ncel the code</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="194"/>
        <source>&amp;Obtenir un nouveau code</source>
        <translation>&amp;Get a new code</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="235"/>
        <source>Dossier de l&apos;entreprise</source>
        <translation>Enterprise record</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="248"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="258"/>
        <source>depuis le {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="284"/>
        <source>Hors ligne : cette action a besoin du service. Elle redeviendra possible au retour de la connexion.</source>
        <translation>Offline: this action needs the service. It will be possible again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="288"/>
        <source>Le dossier de l&apos;entreprise n&apos;est pas encore chargé.</source>
        <translation>The enterprise record is not loaded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="290"/>
        <source>Seuls les RSE de l&apos;entreprise peuvent gérer le code express.</source>
        <translation>Only the enterprise&apos;s RSEs can manage the express code.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="296"/>
        <source>Suspendre le code : il ne pourra plus être utilisé d&apos;ici sa réactivation.</source>
        <translation>Suspend the code: it cannot be used until it is reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="299"/>
        <source>Réactiver le code suspendu.</source>
        <translation>Reactivate the suspended code.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="301"/>
        <source>Annuler le code : il cesse aussitôt de fonctionner.</source>
        <translation>Cancel the code: it stops working at once.</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="302"/>
        <source>Remplacer le code par un nouveau, affiché une seule fois.</source>
        <translation>Replace the code with a new one, shown only once.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="182"/>
        <source>Inscription des données</source>
        <translation>Data entry</translation>
    </message>
</context>
<context>
    <name>ExpiryTableModel</name>
    <message>
        <location filename="../../ui/views/expiry.py" line="106"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="111"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation>End date
(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="114"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="120"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="122"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="124"/>
        <source>Assignation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="128"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="133"/>
        <source>Nom ou description</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="138"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="141"/>
        <source>Provenance</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="142"/>
        <source>Reçue</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="142"/>
        <source>Mon entreprise</source>
        <translation>My enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="145"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ExpiryView</name>
    <message>
        <location filename="../../ui/views/expiry.py" line="88"/>
        <source>Échues</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="89"/>
        <source>D&apos;ici 1 jour</source>
        <translation>Within 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="90"/>
        <source>D&apos;ici 7 jours</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="91"/>
        <source>D&apos;ici 14 jours</source>
        <translation>Within 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="92"/>
        <source>D&apos;ici 30 jours</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="173"/>
        <location filename="../../ui/views/expiry.py" line="237"/>
        <location filename="../../ui/views/expiry.py" line="314"/>
        <source>Échéances</source>
        <translation>Due dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="175"/>
        <source>Les procurations et les assignations qui se terminent d&apos;ici 30 jours, et celles qui sont échues, pour tous vos clients. Renouvelez ou prolongez celles de votre entreprise d&apos;un clic; une procuration reçue ne peut être prolongée que par le client qui l&apos;a donnée.</source>
        <translation>The procurations and assignments that end within 30 days, and those that have expired, for all your clients. Renew or extend your enterprise&apos;s own in one click; a received procuration can only be extended by the client who gave it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="201"/>
        <source>Procurations et assignations</source>
        <translation>Procurations and assignments</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="202"/>
        <source>Procurations</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="203"/>
        <source>Assignations</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="204"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="205"/>
        <source>É&amp;lément</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="209"/>
        <source>Reçues et de mon entreprise</source>
        <translation>Received and my enterprise&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="210"/>
        <source>Reçues des clients</source>
        <translation>Received from clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="211"/>
        <source>De mon entreprise</source>
        <translation>My enterprise&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="212"/>
        <source>Provenance</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="213"/>
        <source>Pro&amp;venance</source>
        <translation>O&amp;rigin</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="218"/>
        <source>Entreprise, description, détenteur…</source>
        <translation>Enterprise, description, holder…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="219"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="220"/>
        <source>Rec&amp;hercher</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="263"/>
        <source>Re&amp;nouveler</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="264"/>
        <source>&amp;Prolonger</source>
        <translation>Ex&amp;tend</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="265"/>
        <source>Prolonger la &amp;sélection…</source>
        <translation>Extend the &amp;selection…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="266"/>
        <source>Exporter au &amp;calendrier (ICS)…</source>
        <translation>Export to &amp;calendar (ICS)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="267"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="376"/>
        <source>Éléments : {0}</source>
        <translation>Items: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="378"/>
        <source>Éléments : {0} sur {1}</source>
        <translation>Items: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="400"/>
        <location filename="../../ui/views/expiry.py" line="447"/>
        <source>Cette procuration a été donnée par {0} : seule cette entreprise peut la prolonger ou la renouveler. Communiquez avec elle.</source>
        <translation>This procuration was given by {0}: only that enterprise can extend or renew it. Get in touch with them.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="405"/>
        <source>Une procuration échue, révoquée ou refusée ne se prolonge plus : renouvelez-la.</source>
        <translation>An expired, revoked or refused procuration can no longer be extended: renew it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="408"/>
        <source>Sa date de fin est déjà à sa limite (début + 3 ans − 1 jour) : renouvelez-la.</source>
        <translation>Its end date is already at its limit (start + 3 years − 1 day): renew it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="417"/>
        <source>Une assignation garde sa date de fin : prolonger la procuration ne la prolonge pas, et la personne ne peut recevoir de nouveau cette procuration (ni une autre de cette entreprise) tant que l&apos;assignation est en cours.</source>
        <translation>An assignment keeps its end date: extending the procuration does not extend it, and the person cannot be given this procuration again (nor another one of this enterprise) while the assignment runs.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="424"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, demandez à {0} de prolonger la procuration; puis, dans « Procurations reçues », révoquez l&apos;assignation (« Assignations ») et assignez de nouveau la procuration.</source>
        <translation>For the person to keep acting: if need be, ask {0} to extend the procuration; then, in “Received procurations”, revoke the assignment (“Assignments”) and assign the procuration again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="430"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, prolongez la procuration; seul le mandataire, {0}, peut ensuite révoquer l&apos;assignation et assigner de nouveau la procuration.</source>
        <translation>For the person to keep acting: if need be, extend the procuration; only the mandataire, {0}, can then revoke the assignment and assign the procuration again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="436"/>
        <source>Pour qu&apos;elle continue d&apos;agir : au besoin, prolongez la procuration; puis, dans « Gestion des procurations », révoquez l&apos;assignation (« Assignations ») et assignez de nouveau la procuration.</source>
        <translation>For the person to keep acting: if need be, extend the procuration; then, in “Procurations”, revoke the assignment (“Assignments”) and assign the procuration again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="451"/>
        <source>Choisissez la procuration elle-même pour la renouveler.</source>
        <translation>Choose the procuration itself to renew it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="454"/>
        <source>Une procuration révoquée ou refusée ne se renouvelle pas : créez-en une nouvelle dans « Gestion des procurations ».</source>
        <translation>A revoked or refused procuration cannot be renewed: create a new one in “Procurations”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="462"/>
        <source>Service injoignable : cette action reprendra avec la connexion.</source>
        <translation>The service cannot be reached: this action will be available again with the connection.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="463"/>
        <source>Sélectionnez une seule ligne.</source>
        <translation>Select a single row.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="464"/>
        <source>Sélectionnez d&apos;abord une ligne.</source>
        <translation>First select a row.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="481"/>
        <source>Sélectionnez des procurations actives de votre entreprise (une procuration reçue ne peut être prolongée que par le client qui l&apos;a donnée).</source>
        <translation>Select active procurations of your enterprise (a received procuration can only be extended by the client who gave it).</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="489"/>
        <source>Seul le ou la RSE peut faire cette action.</source>
        <translation>Only an RSE can do this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="507"/>
        <source>Créer une nouvelle procuration semblable à celle-ci</source>
        <translation>Create a new procuration like this one</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="508"/>
        <source>Modifier la date de fin de cette procuration</source>
        <translation>Change the end date of this procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="509"/>
        <source>Reporter la date de fin de toutes les procurations choisies</source>
        <translation>Move the end date of all the chosen procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="591"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="591"/>
        <source>Assignation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="593"/>
        <source>Fin — {0} : {1} ({2})</source>
        <translation>End — {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="595"/>
        <source>Entreprise mandante : {0} ({1})</source>
        <translation>Mandant enterprise: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="596"/>
        <source>Description : {0}</source>
        <translation>Description: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="597"/>
        <source>Date de fin : {0}</source>
        <translation>End date: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="598"/>
        <source>État : {0}</source>
        <translation>State: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="601"/>
        <source>Détenteur : {0} ({1})</source>
        <translation>Holder: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="603"/>
        <source>Provenance : {0}</source>
        <translation>Origin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="604"/>
        <source>reçue du client</source>
        <translation>received from the client</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="604"/>
        <source>votre entreprise</source>
        <translation>your enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="622"/>
        <source>Procura — Échéances — {0}</source>
        <translation>Procura — Due dates — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="636"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/expiry.py" line="635"/>
        <source>Exporter les échéances</source>
        <translation>Export the due dates</translation>
    </message>
</context>
<context>
    <name>ExpressCode</name>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="34"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="36"/>
        <source>Suspendu</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="38"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="44"/>
        <source>Suspension du code d&apos;accès clicSÉQUR express</source>
        <translation>Suspending the clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="48"/>
        <source>Réactivation du code d&apos;accès clicSÉQUR express</source>
        <translation>Reactivating the clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="52"/>
        <source>Annulation du code d&apos;accès clicSÉQUR express</source>
        <translation>Cancelling the clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="55"/>
        <source>Nouveau code d&apos;accès clicSÉQUR express</source>
        <translation>New clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="60"/>
        <source>Le code ne pourra plus être utilisé tant qu&apos;il ne sera pas réactivé.</source>
        <translation>The code cannot be used until it is reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="65"/>
        <source>Le code pourra de nouveau être utilisé avec le NEQ de l&apos;entreprise.</source>
        <translation>The code can be used again with the enterprise&apos;s NEQ.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="69"/>
        <source>Le code sera annulé et cessera aussitôt de fonctionner. Pour en utiliser un, l&apos;entreprise devra obtenir un nouveau code.</source>
        <translation>The code will be cancelled and will stop working at once. To use one, the enterprise will have to get a new code.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="74"/>
        <source>Un nouveau code remplacera le code actuel, qui cessera aussitôt de fonctionner. Le nouveau code ne sera affiché qu&apos;une seule fois.</source>
        <translation>A new code will replace the current code, which will stop working at once. The new code will be shown only once.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="83"/>
        <source>Quiconque utilise ce code engage et lie l&apos;entreprise pour toutes les actions faites avec ce code, même s&apos;il s&apos;agit d&apos;une utilisation non autorisée.</source>
        <translation>Anyone who uses this code commits and binds the enterprise for every action done with it, even if the use is unauthorized.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="93"/>
        <source>Seul un code actif peut être suspendu.</source>
        <translation>Only an active code can be suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="95"/>
        <source>Seul un code suspendu peut être réactivé.</source>
        <translation>Only a suspended code can be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="99"/>
        <source>Le code est déjà annulé : obtenez-en un nouveau au besoin.</source>
        <translation>The code is already cancelled: get a new one if needed.</translation>
    </message>
</context>
<context>
    <name>ExpressCodeWizard</name>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="132"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation>Enterprise information</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="134"/>
        <source>Nom de l&apos;entreprise</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="135"/>
        <source>Numéro d&apos;identification</source>
        <translation>Identification number</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="136"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation>Québec enterprise number (NEQ)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="140"/>
        <location filename="../../ui/wizards/express_code.py" line="189"/>
        <location filename="../../ui/wizards/express_code.py" line="195"/>
        <source>Code d&apos;accès clicSÉQUR express</source>
        <translation>clicSÉQUR express access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="142"/>
        <source>État actuel du code</source>
        <translation>Current state of the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="143"/>
        <source>Action demandée</source>
        <translation>Action requested</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="144"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="150"/>
        <source>Nouveau code d&apos;accès</source>
        <translation>New access code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="158"/>
        <source>Voulez-vous vraiment annuler le code clicSÉQUR express ?</source>
        <translation>Do you really want to cancel the clicSÉQUR express code?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="159"/>
        <source>&amp;Oui, annuler le code</source>
        <translation>&amp;Yes, cancel the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="161"/>
        <source>Voulez-vous vraiment remplacer le code clicSÉQUR express actuel ?</source>
        <translation>Do you really want to replace the current clicSÉQUR express code?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="162"/>
        <source>&amp;Oui, obtenir un nouveau code</source>
        <translation>&amp;Yes, get a new code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="182"/>
        <source>Voici le nouveau code d&apos;accès clicSÉQUR express de l&apos;entreprise. Il s&apos;utilise avec le NEQ ; l&apos;ancien code ne fonctionne plus. Conservez-le précieusement et ne le transmettez qu&apos;aux personnes autorisées à l&apos;utiliser.</source>
        <translation>Here is the enterprise&apos;s new clicSÉQUR express access code. It is used with the NEQ; the old code no longer works. Keep it safe and give it only to the people authorized to use it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="188"/>
        <source>NEQ</source>
        <translation>NEQ</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/express_code.py" line="192"/>
        <source>Ce code ne sera plus jamais affiché : imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;». {0}</source>
        <translation>This code will never be shown again: print this page or write it down before clicking “Finish”. {0}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="180"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="182"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/form.py" line="251"/>
        <source>* Champ obligatoire</source>
        <translation>* Required field</translation>
    </message>
</context>
<context>
    <name>GrantTableModel</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="189"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="190"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="191"/>
        <source>Numéro
d&apos;identification</source>
        <translation>Identification
number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="193"/>
        <source>Ministère ou
organisme</source>
        <translation>Ministry or
body</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="198"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="202"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="204"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="214"/>
        <source>Jusqu&apos;au
(AAAA-MM-JJ)</source>
        <translation>Until
(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="218"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="380"/>
        <source>Tous ({0})</source>
        <translation>All ({0})</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="138"/>
        <source>Bienvenue, {0}</source>
        <translation>Welcome, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="143"/>
        <source>Vous trouverez ci-dessous la liste des ministères et organismes qui offrent les services auxquels l&apos;entreprise est inscrite.</source>
        <translation>Below is the list of the ministries and bodies that offer the services for which the enterprise is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="149"/>
        <location filename="../../ui/views/home.py" line="191"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="158"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation>Registration for services offered by a ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="178"/>
        <source>Veuillez prendre toutes les mesures à votre portée pour protéger la confidentialité des renseignements que vous consultez et transmettez.</source>
        <translation>Please take every measure within your reach to protect the confidentiality of the information you view and submit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="190"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="194"/>
        <source>Consulter les messages</source>
        <translation>Read the messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="200"/>
        <source>Renseignements sur l&apos;entreprise</source>
        <translation>Enterprise information</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="204"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="206"/>
        <source>Numéro d&apos;entreprise du Québec (NEQ)</source>
        <translation>Québec enterprise number (NEQ)</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="208"/>
        <source>Numéro d&apos;identification</source>
        <translation>Identification number</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="210"/>
        <source>Adresse du siège social de l&apos;entreprise</source>
        <translation>Address of the enterprise&apos;s head office</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="230"/>
        <source>Accès rapide</source>
        <translation>Quick access</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="235"/>
        <source>Créer, modifier ou suspendre le dossier d&apos;un utilisateur</source>
        <translation>Create, modify or suspend a user&apos;s record</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="236"/>
        <source>Ajouter, assigner ou révoquer une procuration</source>
        <translation>Add, assign or revoke a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="237"/>
        <source>Procurations reçues d&apos;autres entreprises</source>
        <translation>Procurations received from other enterprises</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="238"/>
        <source>Dossier de l&apos;entreprise et code express clicSÉQUR</source>
        <translation>Enterprise record and clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="239"/>
        <source>Retrouver un accusé de réception</source>
        <translation>Find an acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="263"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="287"/>
        <source>Sans objet (entreprise hors Québec)</source>
        <translation>Not applicable (enterprise outside Québec)</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="301"/>
        <source>L&apos;entreprise n&apos;est encore inscrite aux services d&apos;aucun ministère ou organisme.</source>
        <translation>The enterprise is not registered yet for the services of any ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="312"/>
        <source>Demandes d&apos;inscription en traitement : {0}.</source>
        <translation>Registration requests being processed: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="327"/>
        <source>Vous n&apos;avez aucun nouveau message.</source>
        <translation>You have no new messages.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="329"/>
        <source>Vous avez 1 nouveau message.</source>
        <translation>You have 1 new message.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="331"/>
        <source>Vous avez {0} nouveaux messages.</source>
        <translation>You have {0} new messages.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="128"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="129"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="131"/>
        <source>Date de fin
actuelle</source>
        <translation>Current
end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="139"/>
        <source>Nouvelle
date de fin</source>
        <translation>New
end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="146"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="158"/>
        <source>Numéro de référence ou raison</source>
        <translation>Reference number or reason</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="167"/>
        <source>À transmettre</source>
        <translation>To submit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="168"/>
        <source>En cours…</source>
        <translation>In progress…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="169"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="170"/>
        <source>Refusé par le service</source>
        <translation>Refused by the service</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/bulk.py" line="171"/>
        <source>Non transmis</source>
        <translation>Not submitted</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../ui/list_export.py" line="361"/>
        <source>E&amp;xporter (CSV)…</source>
        <translation>E&amp;xport (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="362"/>
        <source>&amp;Imprimer la liste…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="368"/>
        <source>Enregistrer la liste affichée, filtrée et triée comme à l&apos;écran, dans un fichier CSV pour Excel</source>
        <translation>Save the list shown, filtered and sorted as on screen, in a CSV file for Excel</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="375"/>
        <source>Imprimer la liste affichée, filtrée et triée comme à l&apos;écran</source>
        <translation>Print the list shown, filtered and sorted as on screen</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="437"/>
        <source>{0} — {1} — au {2}</source>
        <translation>{0} — {1} — as of {2}</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="444"/>
        <source>Lignes : {0}</source>
        <translation>Rows: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="445"/>
        <source>Lignes : {0} sur {1} (liste filtrée)</source>
        <translation>Rows: {0} of {1} (filtered list)</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="460"/>
        <source>Page {0} de {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="472"/>
        <source>CSV pour Excel, point-virgule (*.csv)</source>
        <translation>CSV for Excel, semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="473"/>
        <source>CSV, virgule (*.csv)</source>
        <translation>CSV, commas (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="476"/>
        <source>Exporter la liste (CSV)</source>
        <translation>Export the list (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/list_export.py" line="505"/>
        <source>Aperçu avant impression — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/lock.py" line="175"/>
        <source>Procura est verrouillé</source>
        <translation>Procura is locked</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="240"/>
        <source>Personne n&apos;a utilisé Procura depuis un moment : l&apos;écran a été verrouillé pour protéger les renseignements. Votre travail est conservé.</source>
        <translation>Nobody has used Procura for a while: the screen was locked to protect the information. Your work is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="181"/>
        <source>Session de {0} ({1})</source>
        <translation>Session of {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="185"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="189"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="195"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="198"/>
        <source>&amp;Se déconnecter</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="244"/>
        <source>Vous avez verrouillé l&apos;écran. Votre travail est conservé.</source>
        <translation>You locked the screen. Your work is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="292"/>
        <source>Inscrivez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="314"/>
        <source>Mot de passe incorrect. Réessayez.</source>
        <translation>Incorrect password. Try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Dossier de l&apos;entreprise</source>
        <translation>Enterprise record</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Gestion des dossiers des utilisateurs</source>
        <translation>User records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Inscription aux services électroniques</source>
        <translation>Registration for electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Gestion des procurations</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Procurations reçues</source>
        <translation>Received procurations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Portefeuille des clients</source>
        <translation>Client portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Échéances</source>
        <translation>Due dates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Accusés de réception</source>
        <translation>Acknowledgements of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Procura — {0}</source>
        <translation>Procura — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Chargement en cours</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Annuler le chargement</source>
        <translation>Cancel the loading</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Le service ne répond pas : les renseignements affichés peuvent ne pas être à jour, et les transactions sont suspendues jusqu&apos;à son retour.</source>
        <translation>The service is not answering: the information shown may not be up to date, and transactions are on hold until it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Chargement de l&apos;écran…</source>
        <translation>Loading the screen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Verrouiller l&apos;écran</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>À &amp;propos de Procura</source>
        <translation>&amp;About Procura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>&amp;Journal du programme</source>
        <translation>Program &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Connecté : {0}</source>
        <translation>Signed in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Entreprise : {0}</source>
        <translation>Enterprise: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>Quitter Procura</source>
        <translation>Quit Procura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Une transaction est en cours. Voulez-vous vraiment quitter ?</source>
        <translation>A transaction is in progress. Do you really want to quit?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Les données non transmises seront perdues.</source>
        <translation>The data not yet submitted will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>&amp;Rester</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="644"/>
        <source>Procura — {0} — {1}</source>
        <translation>Procura — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="711"/>
        <source>Terminez ou annulez la transaction en cours pour changer d&apos;écran.</source>
        <translation>Finish or cancel the current transaction to change screens.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>{0} ({1} non lus)</source>
        <translation>{0} ({1} unread)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="806"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="807"/>
        <source>La langue choisie sera appliquée au prochain démarrage de Procura.</source>
        <translation>The chosen language will apply the next time Procura starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="818"/>
        <source>À propos de Procura</source>
        <translation>About Procura</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="819"/>
        <source>Procura, version {0}</source>
        <translation>Procura, version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="824"/>
        <source>Administration des accès délégués des entreprises aux services en ligne gouvernementaux : dossiers des utilisateurs, procurations, inscriptions aux services des ministères et organismes, accusés de réception.</source>
        <translation>Administration of enterprises&apos; delegated access to government online services: user records, procurations, registrations for the services of ministries and bodies, acknowledgements of receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="843"/>
        <source>Journal du programme</source>
        <translation>Program log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>Le journal de Procura est enregistré dans ce dossier :</source>
        <translation>Procura&apos;s log is saved in this folder:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>Si le soutien technique vous le demande, joignez-lui le fichier procura.log de ce dossier. Il ne contient aucun mot de passe.</source>
        <translation>If technical support asks for it, attach the procura.log file from this folder. It contains no passwords.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="856"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="134"/>
        <source>{0} client(s)</source>
        <translation>{0} client(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="145"/>
        <source>aucun droit</source>
        <translation>no rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="152"/>
        <source>Tous les services de {0}</source>
        <translation>All the services of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="159"/>
        <source>… et {0} autre(s)</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <location filename="../../ui/views/messages.py" line="85"/>
        <source>Lu</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="85"/>
        <source>Non lu</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="87"/>
        <source>● : message non lu</source>
        <translation>●: unread message</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="90"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="93"/>
        <source>Date et heure de réception (AAAA-MM-JJ)</source>
        <translation>Date and time received (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="95"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="96"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="104"/>
        <source>Inscription activée</source>
        <translation>Registration activated</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="105"/>
        <source>Procuration reçue</source>
        <translation>Procuration received</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="106"/>
        <source>Procuration refusée</source>
        <translation>Procuration refused</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="107"/>
        <source>Procuration révoquée</source>
        <translation>Procuration revoked</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="108"/>
        <source>Procuration à échéance</source>
        <translation>Procuration ending</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="109"/>
        <source>Assignation à échéance</source>
        <translation>Assignment ending</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../../ui/views/messages.py" line="160"/>
        <location filename="../../ui/views/messages.py" line="301"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="162"/>
        <source>Les messages sécurisés adressés à votre entreprise : inscriptions activées, procurations reçues, refusées ou révoquées, procurations et assignations qui se terminent dans les 30 jours. Un message ouvert est marqué comme lu.</source>
        <translation>The secure messages sent to your enterprise: registrations activated, procurations received, refused or revoked, procurations and assignments ending within 30 days. A message you open is marked as read.</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="168"/>
        <source>Objet ou contenu</source>
        <translation>Subject or content</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="170"/>
        <source>Tous les messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="171"/>
        <source>Non lus seulement</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="172"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="173"/>
        <source>A&amp;fficher</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="175"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="176"/>
        <source>Actualiser la liste des messages</source>
        <translation>Refresh the list of messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="177"/>
        <source>Relire les messages auprès du service</source>
        <translation>Read the messages from the service again</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="190"/>
        <source>Liste des messages</source>
        <translation>List of messages</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="207"/>
        <source>Non lu</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="242"/>
        <source>Contenu du message</source>
        <translation>Content of the message</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="248"/>
        <source>Sélectionnez un message dans la liste pour le lire.</source>
        <translation>Select a message in the list to read it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="383"/>
        <source>Vous n&apos;avez aucun message.</source>
        <translation>You have no messages.</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="386"/>
        <source>{0} message(s), dont {1} non lu(s)</source>
        <translation>{0} message(s), {1} of them unread</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="405"/>
        <source>Reçu le {0} · {1}</source>
        <translation>Received on {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="412"/>
        <source>&amp;Voir les inscriptions</source>
        <translation>See the &amp;registrations</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="413"/>
        <source>&amp;Ouvrir la procuration reçue</source>
        <translation>&amp;Open the received procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="414"/>
        <location filename="../../ui/views/messages.py" line="415"/>
        <source>&amp;Ouvrir la procuration</source>
        <translation>&amp;Open the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/messages.py" line="423"/>
        <source>Le service est injoignable : la procuration ne peut pas être ouverte.</source>
        <translation>The service cannot be reached: the procuration cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ModifyProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="177"/>
        <source>Modification d&apos;une procuration</source>
        <translation>Modifying a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="197"/>
        <source>Date de fin actuelle</source>
        <translation>Current end date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="225"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="226"/>
        <source>État de la procuration</source>
        <translation>State of the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="227"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_procuration.py" line="251"/>
        <source>la procuration « {0} »</source>
        <translation>the procuration “{0}”</translation>
    </message>
</context>
<context>
    <name>ModifyUserWizard</name>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="49"/>
        <source>Modification du dossier d&apos;un utilisateur</source>
        <translation>Modifying a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="80"/>
        <source>le dossier de {0} {1}</source>
        <translation>the record of {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="107"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="108"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="109"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="110"/>
        <source>Téléphone (travail)</source>
        <translation>Phone (work)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="111"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/modify_user.py" line="112"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>OfflineMode</name>
    <message>
        <location filename="../../ui/offline.py" line="69"/>
        <source>dossier de l&apos;entreprise</source>
        <translation>enterprise record</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="70"/>
        <source>inscriptions</source>
        <translation>registrations</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="71"/>
        <source>utilisateurs</source>
        <translation>users</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="72"/>
        <source>procurations</source>
        <translation>procurations</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="73"/>
        <source>procurations reçues</source>
        <translation>received procurations</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="74"/>
        <source>assignations</source>
        <translation>assignments</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="75"/>
        <source>accusés de réception</source>
        <translation>acknowledgements of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="76"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="131"/>
        <source>Se déconnecter et &amp;effacer les données hors ligne</source>
        <translation>Sign out and &amp;erase the offline data</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="136"/>
        <source>Efface de cet ordinateur les listes gardées pour consultation hors ligne, puis ferme la session.</source>
        <translation>Erases from this computer the lists kept for offline viewing, then closes the session.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="276"/>
        <source>Préparation des données hors ligne… {0} ({1}/{2})</source>
        <translation>Preparing the offline data… {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="281"/>
        <source>Synchronisation des données hors ligne…</source>
        <translation>Synchronizing the offline data…</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="320"/>
        <source>Synchronisation impossible : données hors ligne au {0}</source>
        <translation>Synchronization not possible: offline data as of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="324"/>
        <source>Synchronisation impossible pour le moment</source>
        <translation>Synchronization not possible for now</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="327"/>
        <source>Données hors ligne au {0}</source>
        <translation>Offline data as of {0}</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="290"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="295"/>
        <source>Numéro
d&apos;identification</source>
        <translation>Identification
number</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="300"/>
        <source>Nom ou description</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="305"/>
        <source>Droits
d&apos;accès</source>
        <translation>Access
rights</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="310"/>
        <source>Provenance</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="311"/>
        <source>Reçue</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="311"/>
        <source>Mon entreprise</source>
        <translation>My enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="313"/>
        <source>Reçue d&apos;une entreprise cliente, ou donnée par votre entreprise</source>
        <translation>Received from a client enterprise, or given by your enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="317"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="322"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation>AC: active · RF: refused · RV: revoked · EC: expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="325"/>
        <source>Détenteurs</source>
        <translation>Holders</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="327"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation>End date
(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="330"/>
        <source>Jours
restants</source>
        <translation>Days
left</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="334"/>
        <source>Jours d&apos;ici la date de fin (négatif : déjà passée)</source>
        <translation>Days until the end date (negative: already past)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="336"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../ui/views/portfolio.py" line="428"/>
        <location filename="../../ui/views/portfolio.py" line="788"/>
        <source>Portefeuille des clients</source>
        <translation>Client portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="430"/>
        <source>Toutes vos entreprises clientes et les procurations reçues d&apos;elles. Regroupez ou filtrez par client, ministère, service, état, détenteur, date de fin ou étiquette; sélectionnez plusieurs lignes pour les traiter en lot.</source>
        <translation>All your client enterprises and the procurations received from them. Group or filter by client, ministry, service, state, holder, end date or tag; select several rows to process them as a batch.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="441"/>
        <source>Re&amp;prendre le traitement en lot</source>
        <translation>Resume the &amp;batch</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="442"/>
        <source>Reprendre le traitement en lot</source>
        <translation>Resume the batch</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="443"/>
        <source>A&amp;bandonner le traitement en lot…</source>
        <translation>Abando&amp;n the batch…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="444"/>
        <source>Abandonner le traitement en lot</source>
        <translation>Abandon the batch</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="446"/>
        <source>Ne plus transmettre les éléments restants; ceux déjà faits restent faits.</source>
        <translation>Send none of the remaining items; those already done stay done.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="464"/>
        <source>Procurations</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="465"/>
        <source>Reçues des clients</source>
        <translation>Received from clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="466"/>
        <source>De mon entreprise</source>
        <translation>My enterprise&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="467"/>
        <location filename="../../ui/views/portfolio.py" line="1048"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="468"/>
        <source>Pro&amp;curations</source>
        <translation>Pro&amp;curations</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="471"/>
        <source>Entreprise, numéro, description, détenteur…</source>
        <translation>Enterprise, number, description, holder…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="473"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="474"/>
        <source>Rec&amp;hercher</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="475"/>
        <location filename="../../ui/views/portfolio.py" line="476"/>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="479"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="481"/>
        <location filename="../../ui/views/portfolio.py" line="533"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="485"/>
        <location filename="../../ui/views/portfolio.py" line="534"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="486"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="489"/>
        <location filename="../../ui/views/portfolio.py" line="535"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="492"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="493"/>
        <source>Toutes les dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="495"/>
        <source>Échues</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="496"/>
        <source>D&apos;ici 1 jour</source>
        <translation>Within 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="497"/>
        <source>D&apos;ici 7 jours</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="498"/>
        <source>D&apos;ici 14 jours</source>
        <translation>Within 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="499"/>
        <source>D&apos;ici 30 jours</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="500"/>
        <source>D&apos;ici 90 jours</source>
        <translation>Within 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="501"/>
        <source>Dans plus de 90 jours</source>
        <translation>In more than 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="504"/>
        <location filename="../../ui/views/portfolio.py" line="537"/>
        <source>Étiquette</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="517"/>
        <source>&amp;Ministère</source>
        <translation>&amp;Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="518"/>
        <source>Ser&amp;vice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="519"/>
        <source>É&amp;tat</source>
        <translation>St&amp;ate</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="520"/>
        <source>&amp;Détenteur</source>
        <translation>Ho&amp;lder</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="521"/>
        <source>Date de &amp;fin</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="522"/>
        <source>Éti&amp;quette</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="529"/>
        <source>Regrouper par</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="531"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="532"/>
        <source>Ministère</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="536"/>
        <source>Mois de fin</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="540"/>
        <source>Re&amp;grouper par</source>
        <translation>Group &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="545"/>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="561"/>
        <source>Procurations du portefeuille</source>
        <translation>Procurations of the portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="592"/>
        <source>Notes du cabinet</source>
        <translation>The firm&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="599"/>
        <source>TPS trimestrielle, À relancer</source>
        <translation>Quarterly GST, Follow up</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="600"/>
        <source>Étiquettes du client</source>
        <translation>The client&apos;s tags</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="601"/>
        <source>É&amp;tiquettes (séparées par des virgules)</source>
        <translation>Tags (separated b&amp;y commas)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="605"/>
        <source>Note sur le client</source>
        <translation>Note about the client</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="606"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="607"/>
        <source>En&amp;registrer la note</source>
        <translation>Save the no&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="608"/>
        <source>Enregistrer les étiquettes et la note</source>
        <translation>Save the tags and the note</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="611"/>
        <source>Gardées sur cet ordinateur seulement; le service et vos clients ne les voient pas.</source>
        <translation>Kept on this computer only; the service and your clients do not see them.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="648"/>
        <source>Filtrage en cours…</source>
        <translation>Filtering…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="664"/>
        <source>&amp;Consulter</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="664"/>
        <source>Voir la procuration sélectionnée</source>
        <translation>See the selected procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="667"/>
        <source>A&amp;ssigner…</source>
        <translation>A&amp;ssign…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="668"/>
        <source>Assigner les procurations reçues sélectionnées à un utilisateur</source>
        <translation>Assign the selected received procurations to a user</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="672"/>
        <source>Re&amp;fuser…</source>
        <translation>Ref&amp;use…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="673"/>
        <source>Refuser les procurations reçues sélectionnées</source>
        <translation>Refuse the selected received procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="677"/>
        <source>Pro&amp;longer…</source>
        <translation>Exten&amp;d…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="679"/>
        <source>Reporter la date de fin des procurations de votre entreprise sélectionnées</source>
        <translation>Move the end date of the selected procurations of your enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="684"/>
        <source>Ré&amp;voquer…</source>
        <translation>Revo&amp;ke…</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="685"/>
        <source>Révoquer les procurations de votre entreprise sélectionnées</source>
        <translation>Revoke the selected procurations of your enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="687"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="687"/>
        <source>Relire les listes auprès du service</source>
        <translation>Read the lists from the service again</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="463"/>
        <source>&amp;Procurations</source>
        <translation>&amp;Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="723"/>
        <source>&amp;Qui peut agir pour qui</source>
        <translation>&amp;Who can act for whom</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1034"/>
        <location filename="../../ui/views/portfolio.py" line="1039"/>
        <location filename="../../ui/views/portfolio.py" line="1054"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1039"/>
        <source>Aucun (non assignées)</source>
        <translation>None (not assigned)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1048"/>
        <source>Sans étiquette</source>
        <translation>No tag</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1238"/>
        <source>(aucun détenteur)</source>
        <translation>(no holder)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1239"/>
        <source>(sans étiquette)</source>
        <translation>(no tag)</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1340"/>
        <source>Chargement des données hors ligne… {0} sur {1}</source>
        <translation>Loading the offline data… {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1345"/>
        <source>Nombre de procurations : {0}</source>
        <translation>Number of procurations: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1348"/>
        <source>Nombre de procurations : {0} sur {1}</source>
        <translation>Number of procurations: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1391"/>
        <source>Service injoignable : cette action reprendra avec la connexion.</source>
        <translation>The service cannot be reached: this action will be available again with the connection.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1392"/>
        <source>Sélectionnez d&apos;abord des procurations dans la liste.</source>
        <translation>First select procurations in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1400"/>
        <source>Seul le ou la RSE peut faire cette action.</source>
        <translation>Only an RSE can do this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1406"/>
        <source>Une seule à la fois.</source>
        <translation>Only one at a time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1409"/>
        <location filename="../../ui/views/portfolio.py" line="1413"/>
        <source>Aucune procuration reçue active parmi les lignes sélectionnées.</source>
        <translation>No active received procuration among the selected rows.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1418"/>
        <source>Seule l&apos;entreprise mandante peut prolonger une procuration : aucune des lignes sélectionnées n&apos;est une procuration active de votre entreprise.</source>
        <translation>Only the mandant enterprise can extend a procuration: none of the selected rows is an active procuration of your enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1425"/>
        <source>Aucune procuration active de votre entreprise parmi les lignes sélectionnées : une procuration reçue se refuse, elle ne se révoque pas.</source>
        <translation>No active procuration of your enterprise among the selected rows: a received procuration is refused, not revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1440"/>
        <source>{0} sélectionnée(s) : {1} reçue(s) active(s), {2} de votre entreprise active(s)</source>
        <translation>{0} selected: {1} active received, {2} active of your enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1446"/>
        <source>Maj+clic ou Ctrl+clic pour en sélectionner plusieurs; Ctrl+A : toutes.</source>
        <translation>Shift+click or Ctrl+click to select several; Ctrl+A: all.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1472"/>
        <source>Choisissez un client (une ligne, ou un client à gauche).</source>
        <translation>Choose a client (a row, or a client on the left).</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1592"/>
        <source>Abandon d&apos;un traitement en lot</source>
        <translation>Abandoning a batch</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1594"/>
        <source>Abandonner le traitement en lot commencé le {0} ?</source>
        <translation>Abandon the batch started on {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1600"/>
        <source>Les {0} élément(s) déjà faits restent faits : leurs accusés de réception sont conservés.</source>
        <translation>The {0} item(s) already done stay done: their acknowledgements of receipt are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1603"/>
        <source>Les {0} élément(s) pas encore transmis ne le seront pas.</source>
        <translation>The {0} item(s) not sent yet will not be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1608"/>
        <source>Attention : {0} élément(s) ont été transmis sans que la réponse du service soit reçue. Ils ont peut-être été faits : leur accusé de réception se trouve alors dans « Accusés de réception ».</source>
        <translation>Warning: {0} item(s) were sent but the service&apos;s answer never came. They may have been done: their acknowledgement of receipt is then in “Acknowledgements of receipt”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1614"/>
        <source>&amp;Abandonner</source>
        <translation>&amp;Abandon</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1615"/>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/views/portfolio.py" line="1667"/>
        <source>Un traitement en lot commencé le {0} n&apos;est pas terminé : {1} élément(s) restent à transmettre. Le reprendre ne refait rien de ce qui a été fait.</source>
        <translation>A batch started on {0} is not finished: {1} item(s) remain to be submitted. Resuming it does not redo anything already done.</translation>
    </message>
</context>
<context>
    <name>ProcurationPage</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="174"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="177"/>
        <source>La nouvelle procuration reprend le type, le mandataire et les droits d&apos;accès de celle qu&apos;elle remplace, pour la plus longue période permise. Modifiez ce qui doit l&apos;être, puis continuez.</source>
        <translation>The new procuration takes the type, the mandataire and the access rights of the one it replaces, for the longest period allowed. Change what needs to be changed, then continue.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="183"/>
        <source>Une procuration ne peut être valide pendant plus de trois ans : sa période de validité ne peut excéder trois ans moins un jour. Choisissez ensuite, pour chaque ministère ou organisme, les droits d&apos;accès qu&apos;elle accorde.</source>
        <translation>A procuration cannot be valid for more than three years: its period of validity cannot exceed three years less one day. Then choose, for each ministry or body, the access rights it grants.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="202"/>
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="203"/>
        <source>Externe</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="206"/>
        <source>T&amp;ype de procuration</source>
        <translation>T&amp;ype of procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="213"/>
        <source>&amp;Numéro d&apos;identification du mandataire</source>
        <translation>Mandataire&apos;s identification &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="216"/>
        <source>(10 chiffres)</source>
        <translation>(10 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="220"/>
        <source>Nom du mandataire</source>
        <translation>Mandataire&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="226"/>
        <source>Date de &amp;début</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="226"/>
        <source>(AAAA-MM-JJ)</source>
        <translation>(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="229"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="230"/>
        <source>Date de &amp;fin</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="233"/>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="236"/>
        <source>Rema&amp;rque</source>
        <translation>Rema&amp;rk</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="238"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="241"/>
        <source>Sélectionnez un ministère ou organisme aux services duquel votre entreprise est inscrite, puis cliquez sur « Modifier » pour choisir ses droits d&apos;accès.</source>
        <translation>Select a ministry or body for whose services your enterprise is registered, then click “Modify” to choose its access rights.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="409"/>
        <source>Recherche du mandataire…</source>
        <translation>Looking up the mandataire…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="429"/>
        <source>Aucune entreprise ne porte ce numéro</source>
        <translation>No enterprise has this number</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="434"/>
        <source>Le nom ne peut être vérifié hors connexion; le service le vérifiera.</source>
        <translation>The name cannot be checked offline; the service will check it.</translation>
    </message>
</context>
<context>
    <name>ProcurationRecap</name>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="150"/>
        <source>Procuration</source>
        <translation>Procuration</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="151"/>
        <source>Type de procuration</source>
        <translation>Type of procuration</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="153"/>
        <source>Mandant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="157"/>
        <source>Mandataire</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="158"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="159"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="162"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="163"/>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="165"/>
        <source>État de la procuration</source>
        <translation>State of the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="167"/>
        <source>Raison du refus</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="169"/>
        <source>Droits d&apos;accès et liste des services offerts</source>
        <translation>Access rights and list of the services offered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="172"/>
        <location filename="../../ui/widgets/procuration_recap.py" line="227"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="64"/>
        <location filename="../../ui/widgets/procuration_recap.py" line="172"/>
        <source>Aucun accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="62"/>
        <source>Sans restriction</source>
        <translation>Unrestricted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="63"/>
        <source>Avec restriction</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/procuration_recap.py" line="235"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ProcurationShownPage</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="200"/>
        <source>Procuration à assigner</source>
        <translation>Procuration to assign</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="202"/>
        <source>Voici la procuration à assigner. Vérifiez qu&apos;elle accorde les droits d&apos;accès dont les utilisateurs auront besoin, puis cliquez sur « Continuer ».</source>
        <translation>Here is the procuration to assign. Check that it grants the access rights the users will need, then click “Continue”.</translation>
    </message>
</context>
<context>
    <name>ProcurationTableModel</name>
    <message>
        <location filename="../../ui/models/procurations.py" line="24"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="25"/>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="26"/>
        <source>Révoquée</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="27"/>
        <source>Échue</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="33"/>
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="35"/>
        <source>Externe</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="41"/>
        <source>Légende : IN interne · EX externe · AC actif · RF refusée · RV révoquée · EC échue</source>
        <translation>Legend: IN internal · EX external · AC active · RF refused · RV revoked · EC expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="82"/>
        <source>IN : interne · EX : externe</source>
        <translation>IN: internal · EX: external</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="83"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation>AC: active · RF: refused · RV: revoked · EC: expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="84"/>
        <source>Mandant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="84"/>
        <source>Mandataire</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="88"/>
        <source>Numéro
d&apos;identification</source>
        <translation>Identification
number</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="91"/>
        <source>Numéro d&apos;identification de l&apos;entreprise mandante</source>
        <translation>Identification number of the mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="94"/>
        <source>Votre entreprise pour une procuration interne; le mandataire pour une procuration externe</source>
        <translation>Your enterprise for an internal procuration; the mandataire for an external procuration</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="100"/>
        <source>Nom ou description</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="110"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="117"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="124"/>
        <source>Proc.
assignée</source>
        <translation>Proc.
assigned</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="125"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="125"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="127"/>
        <source>Procuration assignée à au moins un utilisateur</source>
        <translation>Procuration assigned to at least one user</translation>
    </message>
    <message>
        <location filename="../../ui/models/procurations.py" line="130"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation>End date
(YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ProcurationsView</name>
    <message>
        <location filename="../../ui/views/procurations.py" line="85"/>
        <source>Sélectionnez d&apos;abord une procuration dans la liste.</source>
        <translation>First select a procuration in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="94"/>
        <source>Cette procuration est échue</source>
        <translation>This procuration has expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="97"/>
        <source>Cette procuration est révoquée</source>
        <translation>This procuration is revoked</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="100"/>
        <source>Cette procuration a été refusée par le mandataire</source>
        <translation>This procuration was refused by the mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="109"/>
        <source> : elle ne peut plus être assignée.</source>
        <translation>: it can no longer be assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="116"/>
        <source>Une procuration externe est assignée par le mandataire, à ses propres utilisateurs.</source>
        <translation>An external procuration is assigned by the mandataire, to its own users.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="130"/>
        <source>Une procuration échue ne peut plus être modifiée : créez-en une nouvelle (Renouveler).</source>
        <translation>An expired procuration can no longer be modified: create a new one (Renew).</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="140"/>
        <source> : elle ne peut plus être modifiée.</source>
        <translation>: it can no longer be modified.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="150"/>
        <source> : elle ne peut plus être révoquée.</source>
        <translation>: it can no longer be revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="160"/>
        <source>Le renouvellement est offert pour une procuration échue ou qui se termine d&apos;ici {0} jours; celle-ci se termine le {1}.</source>
        <translation>Renewal is offered for a procuration that has expired or ends within {0} days; this one ends on {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="170"/>
        <source> : créez une nouvelle procuration avec « Ajouter ».</source>
        <translation>: create a new procuration with “Add”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="178"/>
        <source>Seul le mandataire peut refuser une procuration externe</source>
        <translation>Only the mandataire can refuse an external procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="183"/>
        <source>Service injoignable : cette action reprendra lorsque la connexion sera rétablie.</source>
        <translation>The service cannot be reached: this action will be available again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="261"/>
        <location filename="../../ui/views/procurations.py" line="428"/>
        <source>Gestion des procurations</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="263"/>
        <source>Les procurations que votre entreprise a créées. Sélectionnez une procuration dans la liste, puis cliquez sur le bouton de l&apos;action voulue.</source>
        <translation>The procurations your enterprise has created. Select a procuration in the list, then click the button of the action you want.</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="270"/>
        <source>Numéro, description ou mandataire</source>
        <translation>Number, description or mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="274"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="275"/>
        <source>IN – Interne</source>
        <translation>IN – Internal</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="276"/>
        <source>EX – Externe</source>
        <translation>EX – External</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="277"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="279"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="282"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="285"/>
        <source>É&amp;tat</source>
        <translation>Sta&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="287"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="290"/>
        <source>Tous les ministères et organismes</source>
        <translation>All ministries and bodies</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="297"/>
        <source>&amp;Ministère</source>
        <translation>&amp;Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="299"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="301"/>
        <source>Se terminant d&apos;ici</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="305"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="306"/>
        <source>Nombre de jours</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="307"/>
        <source>Effacer &amp;les filtres</source>
        <translation>C&amp;lear the filters</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="336"/>
        <source>Liste des procurations</source>
        <translation>List of procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="358"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="359"/>
        <source>A&amp;ssigner</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="360"/>
        <source>&amp;Consulter</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="361"/>
        <source>M&amp;odifier</source>
        <translation>M&amp;odify</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="362"/>
        <source>Re&amp;fuser</source>
        <translation>Ref&amp;use</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="363"/>
        <source>&amp;Révoquer</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="364"/>
        <source>Re&amp;nouveler</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="365"/>
        <source>Assi&amp;gnations</source>
        <translation>Assi&amp;gnments</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="368"/>
        <source>Créer une procuration interne ou externe</source>
        <translation>Create an internal or external procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="369"/>
        <source>Assigner la procuration sélectionnée à des utilisateurs</source>
        <translation>Assign the selected procuration to users</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="370"/>
        <source>Voir la procuration sélectionnée et ses droits d&apos;accès</source>
        <translation>See the selected procuration and its access rights</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="371"/>
        <source>Modifier la date de fin de la procuration sélectionnée</source>
        <translation>Change the end date of the selected procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="372"/>
        <source>Refuser une procuration externe reçue (mandataire seulement)</source>
        <translation>Refuse a received external procuration (mandataire only)</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="373"/>
        <source>Révoquer la procuration sélectionnée</source>
        <translation>Revoke the selected procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="375"/>
        <source>Créer une nouvelle procuration semblable à la procuration sélectionnée</source>
        <translation>Create a new procuration like the selected procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="377"/>
        <source>Consulter ou révoquer les assignations de la procuration</source>
        <translation>View or revoke the assignments of the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="504"/>
        <source>Nombre de procurations : {0}</source>
        <translation>Number of procurations: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/procurations.py" line="506"/>
        <source>Nombre de procurations : {0} (sur {1})</source>
        <translation>Number of procurations: {0} (of {1})</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="170"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="174"/>
        <source>Numéro de référence (9 chiffres)</source>
        <translation>Reference number (9 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="176"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="178"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="181"/>
        <source>Transmis par</source>
        <translation>Submitted by</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="159"/>
        <source>Enregistrer l&apos;accusé de réception</source>
        <translation>Save the acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="161"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="185"/>
        <source>Aperçu de l&apos;accusé de réception</source>
        <translation>Preview of the acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="214"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="215"/>
        <source>Imprimer l&apos;accusé de réception</source>
        <translation>Print the acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="216"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="217"/>
        <source>Enregistrer l&apos;accusé de réception en PDF</source>
        <translation>Save the acknowledgement of receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_view.py" line="218"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="218"/>
        <source>Les accusés de réception des transactions de l&apos;entreprise, du plus récent au plus ancien. Retrouvez-en un par son numéro de référence (9 chiffres), puis réimprimez-le ou enregistrez-le en PDF : il est identique à l&apos;original.</source>
        <translation>The acknowledgements of receipt of the enterprise&apos;s transactions, from the most recent to the oldest. Find one by its reference number (9 digits), then print it again or save it as PDF: it is identical to the original.</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="232"/>
        <source>p. ex. 002909985</source>
        <translation>e.g. 002909985</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="234"/>
        <source>Numéro de référence</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="236"/>
        <source>Neuf chiffres retrouvent un accusé ; moins de chiffres filtrent la liste.</source>
        <translation>Nine digits find an acknowledgement; fewer digits filter the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="239"/>
        <source>Numéro de &amp;référence :</source>
        <translation>&amp;Reference number:</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="244"/>
        <source>Genre de transaction</source>
        <translation>Kind of transaction</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="245"/>
        <source>&amp;Genre :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="257"/>
        <location filename="../../ui/views/receipts.py" line="304"/>
        <source>Accusés de réception</source>
        <translation>Acknowledgements of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="349"/>
        <source>Aucun accusé de réception de l&apos;entreprise ne porte le numéro {0}. Vérifiez le numéro.</source>
        <translation>No acknowledgement of receipt of the enterprise has the number {0}. Check the number.</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="389"/>
        <source>Nombre d&apos;accusés : {0}</source>
        <translation>Number of acknowledgements: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="391"/>
        <source>Accusés affichés : {0} sur {1}</source>
        <translation>Acknowledgements shown: {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationDetails</name>
    <message>
        <location filename="../../ui/views/received.py" line="677"/>
        <location filename="../../ui/views/received.py" line="678"/>
        <source>Consultation d&apos;une procuration reçue</source>
        <translation>Viewing a received procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="689"/>
        <source>Informations sur l&apos;assignation</source>
        <translation>Assignment information</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="696"/>
        <source>Chargement des assignations…</source>
        <translation>Loading the assignments…</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="709"/>
        <source>&amp;Retour à la liste</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="710"/>
        <source>A&amp;ssigner</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="711"/>
        <source>Re&amp;fuser</source>
        <translation>Ref&amp;use</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="712"/>
        <source>Assi&amp;gnations</source>
        <translation>Assi&amp;gnments</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="715"/>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="716"/>
        <source>Assigner</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="717"/>
        <source>Refuser</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="718"/>
        <source>Assignations</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="725"/>
        <source>Seule une procuration active, service joignable, peut l&apos;être.</source>
        <translation>Only an active procuration can be, while the service can be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="779"/>
        <source>Les assignations n&apos;ont pas pu être lues : réessayez plus tard.</source>
        <translation>The assignments could not be read: try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="791"/>
        <source>{0} utilisateur(s) de votre entreprise détiennent cette procuration.</source>
        <translation>{0} user(s) of your enterprise hold this procuration.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="796"/>
        <source>Aucun de vos utilisateurs ne détient cette procuration.</source>
        <translation>None of your users holds this procuration.</translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationModel</name>
    <message>
        <location filename="../../ui/views/received.py" line="86"/>
        <source>Entreprise mandante</source>
        <translation>Mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="91"/>
        <source>Numéro
d&apos;identification</source>
        <translation>Identification
number</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="94"/>
        <source>Numéro d&apos;identification de l&apos;entreprise mandante</source>
        <translation>Identification number of the mandant enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="97"/>
        <source>Nom ou description</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="102"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="106"/>
        <source>Les ministères et organismes sur lesquels la procuration donne des droits</source>
        <translation>The ministries and bodies on which the procuration gives rights</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="110"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="115"/>
        <source>AC : actif · RF : refusée · RV : révoquée · EC : échue</source>
        <translation>AC: active · RF: refused · RV: revoked · EC: expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="119"/>
        <source>Proc.
assignée</source>
        <translation>Proc.
assigned</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="120"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="120"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="122"/>
        <source>Assignée à au moins un de vos utilisateurs</source>
        <translation>Assigned to at least one of your users</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="125"/>
        <source>Date de fin
(AAAA-MM-JJ)</source>
        <translation>End date
(YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ReceivedProcurationsView</name>
    <message>
        <location filename="../../ui/views/received.py" line="174"/>
        <location filename="../../ui/views/received.py" line="329"/>
        <source>Procurations reçues</source>
        <translation>Received procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="176"/>
        <source>Les procurations externes que des entreprises clientes ont données à votre entreprise, à titre de mandataire. Sélectionnez une procuration, puis assignez-la à vos utilisateurs, consultez-la ou refusez-la.</source>
        <translation>The external procurations that client enterprises have given to your enterprise as their mandataire. Select a procuration, then assign it to your users, view it or refuse it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="184"/>
        <source>Entreprise, numéro ou description</source>
        <translation>Enterprise, number or description</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="188"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="191"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="192"/>
        <source>É&amp;tat</source>
        <translation>Sta&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="196"/>
        <source>Assignées ou non</source>
        <translation>Assigned or not</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="197"/>
        <source>Assignées</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="198"/>
        <source>Non assignées</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="199"/>
        <source>Proc. assignée</source>
        <translation>Proc. assigned</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="200"/>
        <source>Proc. a&amp;ssignée</source>
        <translation>Proc. assi&amp;gned</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="203"/>
        <source>Se &amp;termine dans</source>
        <translation>Ending with&amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="207"/>
        <source>{0} jours</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="209"/>
        <source>Nombre de jours</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="210"/>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="236"/>
        <source>Liste des procurations reçues</source>
        <translation>List of received procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="250"/>
        <source>Chargement des procurations reçues…</source>
        <translation>Loading the received procurations…</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="254"/>
        <source>Légende : AC actif · RF refusée · RV révoquée · EC échue</source>
        <translation>Legend: AC active · RF refused · RV revoked · EC expired</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="267"/>
        <source>A&amp;ssigner</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="268"/>
        <source>&amp;Consulter</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="269"/>
        <source>Re&amp;fuser</source>
        <translation>Ref&amp;use</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="632"/>
        <source>Voir qui détient la procuration et révoquer l&apos;assignation de l&apos;un de vos utilisateurs.</source>
        <translation>See who holds the procuration and revoke the assignment of one of your users.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="265"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="270"/>
        <source>Assi&amp;gnations</source>
        <translation>Assi&amp;gnments</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="274"/>
        <source>Assigner</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="275"/>
        <source>Consulter</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="276"/>
        <source>Refuser</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="277"/>
        <source>Assignations</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="278"/>
        <source>Actualiser la liste</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="281"/>
        <source>Relire la liste auprès du service</source>
        <translation>Read the list from the service again</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="474"/>
        <source>Nombre de procurations : {0}</source>
        <translation>Number of procurations: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="477"/>
        <source>Nombre de procurations : {0} sur {1}</source>
        <translation>Number of procurations: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="485"/>
        <source>Le service est injoignable : cette action sera possible dès le retour de la connexion.</source>
        <translation>The service cannot be reached: this action will be possible as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="487"/>
        <source>Sélectionnez d&apos;abord une procuration dans la liste.</source>
        <translation>First select a procuration in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="493"/>
        <source>Cette procuration est « {0} » : </source>
        <translation>This procuration is “{0}”: </translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="496"/>
        <source>elle ne peut plus être assignée.</source>
        <translation>it can no longer be assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="497"/>
        <source>elle ne peut plus être refusée.</source>
        <translation>it can no longer be refused.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="499"/>
        <source>ses assignations ont pris fin avec elle (Consulter montre la procuration).</source>
        <translation>its assignments ended with it (Consult shows the procuration).</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="507"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut assigner ou refuser une procuration reçue.</source>
        <translation>Only the electronic services officer (RSE) can assign or refuse a received procuration.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="513"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut révoquer une assignation.</source>
        <translation>Only the electronic services officer (RSE) can revoke an assignment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="520"/>
        <source>Assigner la procuration à vos utilisateurs (chacun peut détenir une procuration de chaque entreprise cliente).</source>
        <translation>Assign the procuration to your users (each can hold one procuration from each client enterprise).</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="527"/>
        <source>Voir la procuration, ses droits d&apos;accès et qui la détient.</source>
        <translation>See the procuration, its access rights and who holds it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/received.py" line="532"/>
        <source>Refuser la procuration : l&apos;entreprise mandante verra la raison du refus.</source>
        <translation>Refuse the procuration: the mandant enterprise will see the reason for the refusal.</translation>
    </message>
</context>
<context>
    <name>RefusalPage</name>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="32"/>
        <source>Refus d&apos;une procuration reçue</source>
        <translation>Refusing a received procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="34"/>
        <source>Vous allez refuser la procuration que {0} a donnée à votre entreprise. Ses assignations prendront fin. Indiquez la raison du refus : l&apos;entreprise mandante la verra, dans sa liste de procurations et dans un message.</source>
        <translation>You are about to refuse the procuration that {0} gave your enterprise. Its assignments will end. Give the reason for the refusal: the mandant enterprise will see it, in its list of procurations and in a message.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="44"/>
        <source>Par exemple : ce mandat ne figure pas à notre lettre de mission.</source>
        <translation>For example: this mandate is not part of our engagement letter.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="51"/>
        <source>&amp;Raison du refus</source>
        <translation>&amp;Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="54"/>
        <source>(transmise à l&apos;entreprise mandante)</source>
        <translation>(sent to the mandant enterprise)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="57"/>
        <source>Procuration refusée</source>
        <translation>Procuration refused</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="74"/>
        <source>La raison ne peut dépasser {0} caractères.</source>
        <translation>The reason cannot exceed {0} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="84"/>
        <source>Raison du refus</source>
        <translation>Reason for the refusal</translation>
    </message>
</context>
<context>
    <name>RefuseProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/refuse_procuration.py" line="103"/>
        <source>Refus d&apos;une procuration</source>
        <translation>Refusing a procuration</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="185"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation>Registration for services offered by a ministry or body</translation>
    </message>
</context>
<context>
    <name>RegistrationDetails</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="608"/>
        <location filename="../../ui/views/registrations.py" line="610"/>
        <source>Consultation d&apos;une inscription</source>
        <translation>Viewing a registration</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="644"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation>Registration for services offered by a ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="645"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="647"/>
        <source>Date de la demande</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="650"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="652"/>
        <source>Date de l&apos;état</source>
        <translation>Date of the state</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="656"/>
        <source>Réponses aux questions</source>
        <translation>Answers to the questions</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="661"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="661"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="667"/>
        <source>&amp;Retour à la liste</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="669"/>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
</context>
<context>
    <name>RegistrationQuestionsPage</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="44"/>
        <source>Demande d&apos;inscription</source>
        <translation>Registration request</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="46"/>
        <source>Répondez aux questions du ministère ou de l&apos;organisme, puis cliquez sur Continuer. Une fois la demande transmise, son état est « En traitement » ; vous recevrez un message dans les 24 heures qui suivent, lorsque l&apos;inscription sera active.</source>
        <translation>Answer the questions of the ministry or body, then click Continue. Once the request is submitted, its state is “Being processed”; you will receive a message within the following 24 hours, when the registration is active.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="57"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="65"/>
        <source>Questions du ministère ou de l&apos;organisme</source>
        <translation>Questions of the ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="70"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="70"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="91"/>
        <source>Ce ministère ou organisme ne pose aucune question : continuez.</source>
        <translation>This ministry or body asks no questions: continue.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="126"/>
        <source>Réponses aux questions</source>
        <translation>Answers to the questions</translation>
    </message>
</context>
<context>
    <name>RegistrationReceipt</name>
    <message>
        <location filename="../../ui/wizards/register.py" line="150"/>
        <source>L&apos;inscription est active : vous pouvez maintenant accorder des droits sur les services de ce ministère ou organisme dans vos procurations.</source>
        <translation>The registration is active: you can now grant rights on the services of this ministry or body in your procurations.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register.py" line="157"/>
        <source>Votre demande est en traitement. Pour que l&apos;inscription soit effective, l&apos;état doit être « Actif » : un message vous l&apos;annoncera dans les 24 heures. Entretemps, vous pouvez créer les dossiers des utilisateurs.</source>
        <translation>Your request is being processed. For the registration to take effect, its state must be “Active”: a message will tell you within 24 hours. In the meantime, you can create the user records.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="126"/>
        <source>Ministères et organismes</source>
        <translation>Ministries and bodies</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="131"/>
        <source>Date de la demande
(AAAA-MM-JJ)</source>
        <translation>Date of the request
(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="136"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="140"/>
        <source>Date
(AAAA-MM-JJ)</source>
        <translation>Date
(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="147"/>
        <source>En traitement</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="148"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="149"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="150"/>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="157"/>
        <source>La demande est en traitement. Vous recevrez un message dès que l&apos;inscription sera active (dans les 24 heures).</source>
        <translation>The request is being processed. You will receive a message as soon as the registration is active (within 24 hours).</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="161"/>
        <source>L&apos;inscription est effective : les procurations peuvent accorder des droits sur les services de ce ministère ou organisme.</source>
        <translation>The registration is in effect: procurations can grant rights on the services of this ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="165"/>
        <source>La demande a été refusée. Vous pouvez présenter une nouvelle demande.</source>
        <translation>The request was refused. You can submit a new request.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="168"/>
        <source>L&apos;entreprise a été désinscrite. Vous pouvez l&apos;inscrire de nouveau.</source>
        <translation>The enterprise was unregistered. You can register it again.</translation>
    </message>
</context>
<context>
    <name>RegistrationsView</name>
    <message>
        <location filename="../../ui/views/registrations.py" line="197"/>
        <source>Inscription à des services offerts par un ministère ou un organisme</source>
        <translation>Registration for services offered by a ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="205"/>
        <location filename="../../ui/views/registrations.py" line="235"/>
        <source>Liste des ministères et organismes</source>
        <translation>List of ministries and bodies</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="210"/>
        <source>Sélectionnez un ministère ou un organisme dans la liste ci-dessous. Ensuite, cliquez sur le bouton Inscrire, Consulter ou Désinscrire, selon vos besoins.</source>
        <translation>Select a ministry or body in the list below. Then click the Register, View or Unregister button, as needed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="215"/>
        <source>L&apos;état de la demande d&apos;inscription ou de l&apos;inscription même est affiché dans le tableau. Pour que l&apos;inscription soit effective, l&apos;état doit être « Actif ».</source>
        <translation>The state of the registration request, or of the registration itself, is shown in the table. For the registration to take effect, the state must be “Active”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="225"/>
        <source>Im&amp;primer la liste…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="251"/>
        <source>&amp;Inscrire</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="252"/>
        <source>C&amp;onsulter</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="253"/>
        <source>&amp;Désinscrire</source>
        <translation>&amp;Unregister</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="255"/>
        <source>Inscrire</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="256"/>
        <source>Consulter</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="257"/>
        <source>Désinscrire</source>
        <translation>Unregister</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="297"/>
        <source>Inscription aux services électroniques</source>
        <translation>Registration for electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="439"/>
        <source>Le service est injoignable : cette action sera possible dès le retour de la connexion.</source>
        <translation>The service cannot be reached: this action will be possible as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="442"/>
        <source>Seul le ou la responsable des services électroniques (RSE) peut inscrire ou désinscrire l&apos;entreprise.</source>
        <translation>Only the electronic services officer (RSE) can register or unregister the enterprise.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="445"/>
        <source>Sélectionnez d&apos;abord un ministère ou un organisme dans la liste.</source>
        <translation>First select a ministry or body in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="453"/>
        <source>L&apos;entreprise est déjà inscrite à « {0} ».</source>
        <translation>The enterprise is already registered with “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="456"/>
        <source>La demande d&apos;inscription à « {0} » est en traitement : attendez le message d&apos;activation.</source>
        <translation>The registration request with “{0}” is being processed: wait for the activation message.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="461"/>
        <source>L&apos;entreprise n&apos;est pas inscrite à « {0} » : il n&apos;y a rien à désinscrire.</source>
        <translation>The enterprise is not registered with “{0}”: there is nothing to unregister.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="465"/>
        <source>L&apos;entreprise n&apos;a jamais demandé à s&apos;inscrire à « {0} » : il n&apos;y a rien à consulter.</source>
        <translation>The enterprise has never asked to register with “{0}”: there is nothing to view.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="477"/>
        <source>Inscrire l&apos;entreprise aux services du ministère ou de l&apos;organisme choisi.</source>
        <translation>Register the enterprise for the services of the chosen ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="482"/>
        <source>Voir l&apos;inscription et les réponses données aux questions.</source>
        <translation>See the registration and the answers given to the questions.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="488"/>
        <source>Désinscrire l&apos;entreprise : les procurations ne pourront plus accorder de droits sur ce ministère ou organisme.</source>
        <translation>Unregister the enterprise: procurations will no longer be able to grant rights on this ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="507"/>
        <source>Demande en traitement : {0}. L&apos;état passera à « Actif » dès l&apos;activation, annoncée par un message (dans les 24 heures).</source>
        <translation>Request being processed: {0}. The state will become “Active” upon activation, announced by a message (within 24 hours).</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="520"/>
        <source>« {0} » : aucune demande d&apos;inscription. Cliquez sur Inscrire pour en présenter une.</source>
        <translation>“{0}”: no registration request. Click Register to submit one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="524"/>
        <source>L&apos;inscription à « {0} » est active depuis le {1}.</source>
        <translation>The registration with “{0}” has been active since {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="527"/>
        <source>La demande d&apos;inscription à « {0} » est en traitement depuis le {1} : un message annoncera son activation.</source>
        <translation>The registration request with “{0}” has been processed since {1}: a message will announce its activation.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="532"/>
        <source>L&apos;entreprise a été désinscrite de « {0} » le {1}. Vous pouvez l&apos;inscrire de nouveau.</source>
        <translation>The enterprise was unregistered from “{0}” on {1}. You can register it again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/registrations.py" line="536"/>
        <source>La demande d&apos;inscription à « {0} » a été refusée le {1}. Vous pouvez présenter une nouvelle demande.</source>
        <translation>The registration request with “{0}” was refused on {1}. You can submit a new request.</translation>
    </message>
</context>
<context>
    <name>RenewalComparison</name>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="531"/>
        <source>Procuration remplacée (échue le {0})</source>
        <translation>Procuration replaced (expired on {0})</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="533"/>
        <source>Procuration remplacée (se termine le {0})</source>
        <translation>Procuration replaced (ends on {0})</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_procuration.py" line="539"/>
        <source>Nouvelle procuration</source>
        <translation>New procuration</translation>
    </message>
</context>
<context>
    <name>RevokePage</name>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="31"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="34"/>
        <source>La révocation met fin à cette procuration et à toutes ses assignations, dès la transmission. Le mandataire en sera avisé par un message. Pour accorder de nouveau ces droits, il faudra créer une nouvelle procuration.</source>
        <translation>Revocation ends this procuration and all its assignments as soon as it is submitted. The mandataire will be notified by a message. To grant these rights again, a new procuration will have to be created.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="40"/>
        <source>La révocation met fin à cette procuration et à toutes ses assignations, dès la transmission : les utilisateurs qui la détiennent n&apos;auront plus ces droits d&apos;accès. Pour les accorder de nouveau, il faudra créer une nouvelle procuration.</source>
        <translation>Revocation ends this procuration and all its assignments as soon as it is submitted: the users who hold it will no longer have these access rights. To grant them again, a new procuration will have to be created.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="55"/>
        <source>État de la procuration</source>
        <translation>State of the procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="56"/>
        <source>Je confirme vouloir &amp;révoquer cette procuration</source>
        <translation>I confirm that I want to &amp;revoke this procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="57"/>
        <source>Révocation</source>
        <translation>Revocation</translation>
    </message>
</context>
<context>
    <name>RevokeProcurationWizard</name>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="85"/>
        <source>Révocation d&apos;une procuration</source>
        <translation>Revoking a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/revoke_procuration.py" line="97"/>
        <source>Procuration à révoquer</source>
        <translation>Procuration to revoke</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="102"/>
        <location filename="../../ui/widgets/rights_editor.py" line="129"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="115"/>
        <source>* Champ obligatoire</source>
        <translation>* Required field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="119"/>
        <source>&amp;Droits d&apos;accès*</source>
        <translation>&amp;Access rights*</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="122"/>
        <source>Sans restriction</source>
        <translation>Unrestricted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="123"/>
        <source>Avec restriction</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="124"/>
        <source>Aucun accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="137"/>
        <source>&amp;Services et blocs fonctionnels (avec restriction seulement)</source>
        <translation>&amp;Services and functional blocks (restricted access only)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="142"/>
        <source>Services et blocs fonctionnels</source>
        <translation>Services and functional blocks</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="153"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="154"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Modify</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="157"/>
        <source>Garder ces droits et revenir à la procuration</source>
        <translation>Keep these rights and go back to the procuration</translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="273"/>
        <location filename="../../ui/widgets/rights_editor.py" line="282"/>
        <source>Droits d&apos;accès</source>
        <translation>Access rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="282"/>
        <source>Ministères et organismes</source>
        <translation>Ministries and bodies</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="284"/>
        <source>Droits d&apos;accès par ministère ou organisme</source>
        <translation>Access rights by ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="302"/>
        <source>Votre entreprise n&apos;est inscrite aux services d&apos;aucun ministère ou organisme (inscription à l&apos;état Actif). Inscrivez-la d&apos;abord : menu « Inscription aux services électroniques ».</source>
        <translation>Your enterprise is not registered for the services of any ministry or body (a registration in the Active state). Register it first: menu “Registration for electronic services”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="312"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Modify</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="315"/>
        <source>Choisir les droits d&apos;accès du ministère ou organisme sélectionné</source>
        <translation>Choose the access rights of the selected ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="478"/>
        <source>(inscription non active)</source>
        <translation>(registration not active)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="483"/>
        <source>(1 service)</source>
        <translation>(1 service)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="485"/>
        <source>({0} services)</source>
        <translation>({0} services)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="497"/>
        <source>L&apos;inscription de l&apos;entreprise à ce ministère ou organisme n&apos;est pas active : aucun droit ne peut y être accordé.</source>
        <translation>The enterprise&apos;s registration with this ministry or body is not active: no rights can be granted on it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_editor.py" line="519"/>
        <source>Sélectionnez d&apos;abord un ministère ou organisme dans la liste.</source>
        <translation>First select a ministry or body in the list.</translation>
    </message>
</context>
<context>
    <name>RightsMatrix</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="88"/>
        <source>Sans restriction</source>
        <translation>Unrestricted</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="90"/>
        <source>Avec restriction ({0})</source>
        <translation>Restricted ({0})</translation>
    </message>
</context>
<context>
    <name>RightsMatrixWidget</name>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="257"/>
        <source>Entreprise cliente</source>
        <translation>Client enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="262"/>
        <source>Pour l&apos;&amp;entreprise</source>
        <translation>For the &amp;enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="267"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="268"/>
        <source>&amp;Ministère</source>
        <translation>&amp;Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="273"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="275"/>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="277"/>
        <source>Tout afficher</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="278"/>
        <source>Afficher toute la matrice</source>
        <translation>Show the whole matrix</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="279"/>
        <source>E&amp;xporter le détail (CSV)…</source>
        <translation>E&amp;xport the detail (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="281"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="478"/>
        <source>Exporter le détail des droits</source>
        <translation>Export the detail of the rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="282"/>
        <source>Le détail tel qu&apos;affiché, pour Excel</source>
        <translation>The detail as shown, for Excel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="300"/>
        <source>Calcul des droits en cours…</source>
        <translation>Working out the rights…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="308"/>
        <source>Matrice des droits : personnes et ministères</source>
        <translation>Rights matrix: people and ministries</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="320"/>
        <source>Détail des droits</source>
        <translation>Detail of the rights</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="250"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="381"/>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="475"/>
        <source>CSV pour Excel, point-virgule (*.csv)</source>
        <translation>CSV for Excel, semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="476"/>
        <source>CSV, virgule (*.csv)</source>
        <translation>CSV, commas (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="536"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="551"/>
        <source>Tous les services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="557"/>
        <source>Choisissez d&apos;abord un ministère ou organisme.</source>
        <translation>First choose a ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="582"/>
        <source>Droits de {0} — {1}</source>
        <translation>Rights of {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="571"/>
        <source>Détail des droits ({0})</source>
        <translation>Detail of the rights ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="597"/>
        <source>{0} personne(s) peuvent agir pour {1} entreprise(s) cliente(s)</source>
        <translation>{0} person(s) can act for {1} client enterprise(s)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="601"/>
        <location filename="../../ui/widgets/rights_matrix.py" line="607"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="602"/>
        <source>. Choisissez une entreprise pour savoir qui peut agir pour elle.</source>
        <translation>. Choose an enterprise to see who can act for it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="610"/>
        <source>Personne de votre entreprise ne peut agir pour {0}.</source>
        <translation>Nobody in your enterprise can act for {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rights_matrix.py" line="614"/>
        <source>{0} personne(s) peuvent agir pour {1} : {2}.</source>
        <translation>{0} person(s) can act for {1}: {2}.</translation>
    </message>
</context>
<context>
    <name>RseTableModel</name>
    <message>
        <location filename="../../ui/views/enterprise.py" line="59"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="60"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="61"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="62"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/enterprise.py" line="63"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ScreenPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Cet écran n&apos;a pas pu être ouvert</source>
        <translation>This screen could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Cet écran arrive bientôt</source>
        <translation>This screen is coming soon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Une erreur est survenue à l&apos;ouverture de « {0} ». Les autres écrans restent utilisables. Les détails sont dans le journal : {1}</source>
        <translation>An error occurred while opening “{0}”. The other screens can still be used. The details are in the log: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>(journal non configuré)</source>
        <translation>(log not configured)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>L&apos;écran « {0} » est en préparation et sera offert dans une prochaine version. Les autres écrans restent utilisables.</source>
        <translation>The “{0}” screen is being prepared and will be offered in a coming version. The other screens can still be used.</translation>
    </message>
</context>
<context>
    <name>ServiceIndicator</name>
    <message>
        <location filename="../../ui/status.py" line="139"/>
        <source>État du service</source>
        <translation>Service status</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="142"/>
        <source>Réessayer maintenant</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="146"/>
        <source>Réessayer de joindre le service maintenant</source>
        <translation>Try to reach the service again now</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="165"/>
        <source>Service joignable</source>
        <translation>Service available</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="173"/>
        <source>Service injoignable — nouvel essai dans {0} s</source>
        <translation>Service unavailable — trying again in {0} s</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="176"/>
        <source>Service injoignable — nouvel essai en cours…</source>
        <translation>Service unavailable — trying again…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="228"/>
        <source>Procura — Connexion</source>
        <translation>Procura — Sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="237"/>
        <source>Accès délégués des entreprises aux services en ligne</source>
        <translation>Enterprises&apos; delegated access to online services</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="245"/>
        <source>Authentification</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="252"/>
        <source>Inscrivez votre code d&apos;utilisateur et votre mot de passe, puis cliquez sur «&#xa0;Se&#xa0;connecter&#xa0;».</source>
        <translation>Enter your user code and your password, then click “Sign&#xa0;in”.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="283"/>
        <source>&amp;Code d&apos;utilisateur</source>
        <translation>&amp;User code</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="284"/>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="287"/>
        <source>Se so&amp;uvenir de moi</source>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="292"/>
        <source>Votre session est gardée dans le trousseau de clés du système : Procura l&apos;ouvre sans mot de passe au prochain démarrage. « Se déconnecter » l&apos;efface.</source>
        <translation>Your session is kept in the system keyring: Procura opens it without a password the next time it starts. “Sign out” erases it.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="298"/>
        <source>« Se souvenir de moi » n&apos;est pas offert : aucun trousseau de clés du système n&apos;est disponible pour garder votre session en sécurité sur cet ordinateur.</source>
        <translation>“Remember me” is not offered: no system keyring is available to keep your session safe on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="311"/>
        <location filename="../../ui/sign_in.py" line="503"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="315"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="338"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="341"/>
        <source>Sur cet &amp;ordinateur (service intégré)</source>
        <translation>On this c&amp;omputer (embedded service)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="343"/>
        <source>Service &amp;distant, à l&apos;adresse :</source>
        <translation>Remote service at the a&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="348"/>
        <source>Adresse du service distant</source>
        <translation>Address of the remote service</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="371"/>
        <source>Démarrage du service</source>
        <translation>Starting the service</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="423"/>
        <source>Inscrivez votre code d&apos;utilisateur.</source>
        <translation>Enter your user code.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="425"/>
        <source>Inscrivez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="503"/>
        <source>Connexion en cours…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="151"/>
        <source>Modifié entre-temps</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="157"/>
        <source>Quelqu&apos;un l&apos;a modifié avant vous</source>
        <translation>Someone changed it before you</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="159"/>
        <source>ce dossier</source>
        <translation>this record</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="162"/>
        <source>Quelqu&apos;un a modifié {0} depuis que vous l&apos;avez ouvert. Rien de ce que vous avez inscrit n&apos;a été enregistré. Comparez votre modification avec la version actuelle, puis choisissez.</source>
        <translation>Someone changed {0} since you opened it. Nothing you entered has been saved. Compare your change with the current version, then choose.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="178"/>
        <source>Renseignement</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="179"/>
        <source>Votre modification</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="180"/>
        <source>Version actuelle</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="181"/>
        <source>Après réapplication</source>
        <translation>After reapplying</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="187"/>
        <source>(inchangé)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="226"/>
        <source>⚠ Vous et l&apos;autre personne avez modifié le même renseignement : si vous réappliquez, votre valeur remplacera la sienne.</source>
        <translation>⚠ You and the other person changed the same information: if you reapply, your value will replace theirs.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="235"/>
        <source>&amp;Réappliquer mes modifications</source>
        <translation>&amp;Reapply my changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="238"/>
        <source>Transmettre vos modifications par-dessus la version actuelle.</source>
        <translation>Submit your changes over the current version.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="240"/>
        <source>Re&amp;voir avant de transmettre</source>
        <translation>Re&amp;view before submitting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="243"/>
        <source>Revenir au formulaire, avec vos modifications appliquées à la version actuelle ; rien n&apos;est transmis.</source>
        <translation>Go back to the form, with your changes applied to the current version; nothing is submitted.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="247"/>
        <source>A&amp;bandonner mes modifications</source>
        <translation>&amp;Discard my changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="249"/>
        <source>Oublier vos modifications : la version actuelle reste telle quelle.</source>
        <translation>Forget your changes: the current version stays as it is.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../ui/widgets/step_bar.py" line="102"/>
        <source>Étape {0} sur {1} : {2}</source>
        <translation>Step {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TransactionWizard</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="344"/>
        <source>Vos données ont été transmises avec succès.</source>
        <translation>Your data was submitted successfully.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="348"/>
        <source>Votre numéro de référence est : {0}.</source>
        <translation>Your reference number is: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="427"/>
        <source>Accusé de réception</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="436"/>
        <source>Transmission en cours</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="438"/>
        <source>Transmission en cours…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="442"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="443"/>
        <source>&amp;Précédente</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="444"/>
        <source>Co&amp;rriger</source>
        <translation>Co&amp;rrect</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="445"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="446"/>
        <source>&amp;Continuer</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="447"/>
        <source>&amp;Transmettre</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="448"/>
        <source>T&amp;erminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="603"/>
        <source>Des renseignements sont à corriger : voyez les messages sous les champs.</source>
        <translation>Some information needs correcting: see the messages under the fields.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="645"/>
        <source>Annuler la transaction</source>
        <translation>Cancel the transaction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="646"/>
        <source>Voulez-vous vraiment annuler ?</source>
        <translation>Do you really want to cancel?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="647"/>
        <source>Les données que vous avez inscrites seront perdues.</source>
        <translation>The data you entered will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="648"/>
        <source>&amp;Oui, annuler</source>
        <translation>&amp;Yes, cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="651"/>
        <source>&amp;Non, poursuivre</source>
        <translation>&amp;No, carry on</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="695"/>
        <source>&amp;Non</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="751"/>
        <source>Le service a refusé certains renseignements : corrigez les champs indiqués, puis continuez.</source>
        <translation>The service refused some information: correct the fields shown, then continue.</translation>
    </message>
</context>
<context>
    <name>UnregisterPage</name>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="31"/>
        <source>Désinscription des services électroniques</source>
        <translation>Unregistering from electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="33"/>
        <source>Vous allez désinscrire l&apos;entreprise des services électroniques de ce ministère ou organisme. Les procurations ne pourront plus accorder de droits d&apos;accès à ses services. Vous pourrez inscrire l&apos;entreprise de nouveau au besoin.</source>
        <translation>You are about to unregister the enterprise from the electronic services of this ministry or body. Procurations will no longer be able to grant access rights to its services. You can register the enterprise again if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="51"/>
        <source>Ministère ou organisme</source>
        <translation>Ministry or body</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="55"/>
        <source>Date de la demande</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="60"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="63"/>
        <source>Date de l&apos;état</source>
        <translation>Date of the state</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="66"/>
        <source>Je confirme vouloir désinscrire l&apos;entreprise de ce ministère ou organisme.</source>
        <translation>I confirm that I want to unregister the enterprise from this ministry or body.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="70"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="80"/>
        <source>Cochez la case pour confirmer la désinscription.</source>
        <translation>Tick the box to confirm the unregistration.</translation>
    </message>
</context>
<context>
    <name>UnregisterWizard</name>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="106"/>
        <source>Désinscription des services électroniques</source>
        <translation>Unregistering from electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="114"/>
        <source>En traitement</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="115"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="116"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/unregister.py" line="117"/>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>UserActionWizard</name>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="51"/>
        <source>Suspension du dossier d&apos;un utilisateur</source>
        <translation>Suspending a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="55"/>
        <source>Réactivation du dossier d&apos;un utilisateur</source>
        <translation>Reactivating a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="59"/>
        <source>Révocation du dossier d&apos;un utilisateur</source>
        <translation>Revoking a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="62"/>
        <source>Modification du mot de passe de l&apos;utilisateur</source>
        <translation>Changing the user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="70"/>
        <source>Le dossier sera suspendu : l&apos;utilisateur ne pourra plus se connecter tant que son dossier ne sera pas réactivé. Ses sessions ouvertes prennent fin.</source>
        <translation>The record will be suspended: the user will not be able to sign in until the record is reactivated. Their open sessions end.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="76"/>
        <source>Le dossier sera réactivé : l&apos;utilisateur pourra de nouveau se connecter avec son mot de passe.</source>
        <translation>The record will be reactivated: the user will be able to sign in again with their password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="82"/>
        <source>Le dossier sera révoqué définitivement : l&apos;utilisateur ne pourra plus se connecter et ses assignations de procuration prennent fin. Un dossier révoqué ne peut pas être réactivé.</source>
        <translation>The record will be revoked for good: the user will no longer be able to sign in and their procuration assignments end. A revoked record cannot be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="88"/>
        <source>Un nouveau mot de passe temporaire sera créé et l&apos;actuel ne fonctionnera plus. L&apos;utilisateur devra le remplacer à sa première connexion. Ses sessions ouvertes prennent fin.</source>
        <translation>A new temporary password will be created and the current one will no longer work. The user will have to replace it at their first sign-in. Their open sessions end.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="146"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation>User information</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="148"/>
        <source>Action demandée</source>
        <translation>Action requested</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="150"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="151"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="158"/>
        <location filename="../../ui/wizards/user_action.py" line="203"/>
        <source>Nouveau mot de passe temporaire</source>
        <translation>New temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="169"/>
        <source>Révoquer le dossier</source>
        <translation>Revoke the record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="170"/>
        <source>Voulez-vous vraiment révoquer le dossier de {0} ?</source>
        <translation>Do you really want to revoke the record of {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="171"/>
        <source>La révocation est définitive : le dossier ne pourra pas être réactivé.</source>
        <translation>Revocation is final: the record cannot be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="172"/>
        <source>&amp;Oui, révoquer</source>
        <translation>&amp;Yes, revoke</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="191"/>
        <source>Voici le nouveau mot de passe temporaire de {0}. Communiquez-le-lui : il devra le remplacer à sa première connexion.</source>
        <translation>Here is the new temporary password of {0}. Give it to them: they will have to replace it at their first sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="200"/>
        <source>Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page ou notez-le avant de cliquer sur «&#xa0;Terminer&#xa0;».</source>
        <translation>This temporary password will never be shown again. Print this page or write it down before clicking “Finish”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="196"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="197"/>
        <source>Mot de passe temporaire</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="206"/>
        <source>Connectez-vous avec ce code d&apos;utilisateur et ce mot de passe temporaire, puis choisissez votre propre mot de passe. Gardez-le pour vous.</source>
        <translation>Sign in with this user code and this temporary password, then choose your own password. Keep it to yourself.</translation>
    </message>
</context>
<context>
    <name>UserEntryPage</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="130"/>
        <source>Modifiez les renseignements voulus, puis cliquez sur « Continuer ». Pour changer le courriel, inscrivez-le deux fois.</source>
        <translation>Change the information you want, then click “Continue”. To change the email, enter it twice.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="135"/>
        <source>Inscrivez les renseignements demandés sur l&apos;utilisateur. Vous devez fournir un courriel afin qu&apos;il puisse réinitialiser son mot de passe en cas d&apos;oubli.</source>
        <translation>Enter the requested information about the user. You must give an email address so that they can reset their password if they forget it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="140"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation>User information</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="155"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="156"/>
        <source>Responsable des services électroniques</source>
        <translation>Electronic services officer</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="160"/>
        <source>&amp;Nom de famille</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="161"/>
        <source>Pr&amp;énom</source>
        <translation>F&amp;irst name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="162"/>
        <source>Co&amp;urriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="165"/>
        <source>Con&amp;firmation du courriel</source>
        <translation>Confir&amp;m the email</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="168"/>
        <source>(seulement si le courriel change)</source>
        <translation>(only if the email changes)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="173"/>
        <source>&amp;Téléphone (travail)</source>
        <translation>&amp;Phone (work)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="176"/>
        <source>(10 chiffres)</source>
        <translation>(10 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="179"/>
        <source>p&amp;oste</source>
        <translation>e&amp;xt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="180"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="181"/>
        <source>Poste</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="182"/>
        <source>Au plus quatre chiffres</source>
        <translation>At most four digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="189"/>
        <source>Vous ne pouvez pas changer votre propre rôle.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="291"/>
        <source>Aucun renseignement n&apos;a été modifié : modifiez au moins un champ, ou annulez.</source>
        <translation>No information was changed: change at least one field, or cancel.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="325"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="329"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="330"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="331"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="332"/>
        <source>Téléphone (travail)</source>
        <translation>Phone (work)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="333"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="343"/>
        <source>Modifications demandées</source>
        <translation>Changes requested</translation>
    </message>
</context>
<context>
    <name>UserRecordFrame</name>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="291"/>
        <source>Consultation du dossier d&apos;un utilisateur</source>
        <translation>Viewing a user record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="326"/>
        <source>Renseignements sur l&apos;utilisateur</source>
        <translation>User information</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="330"/>
        <source>Date de création</source>
        <translation>Date created</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="332"/>
        <source>Mot de passe temporaire à remplacer</source>
        <translation>Temporary password to replace</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="333"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="333"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="336"/>
        <source>Procuration détenue et assignation</source>
        <translation>Procuration held and assignment</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="341"/>
        <source>Un ou une RSE détient la procuration générale de l&apos;entreprise : tous ses droits d&apos;accès.</source>
        <translation>An RSE holds the enterprise&apos;s general procuration: all its access rights.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="345"/>
        <source>« {0} », assignée du {1} au {2}.</source>
        <translation>“{0}”, assigned from {1} to {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="351"/>
        <source>« {0} ».</source>
        <translation>“{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="353"/>
        <source>Aucune procuration de l&apos;entreprise n&apos;est assignée à cet utilisateur.</source>
        <translation>No procuration of the enterprise is assigned to this user.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="362"/>
        <source>Assignations de l&apos;utilisateur</source>
        <translation>The user&apos;s assignments</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="384"/>
        <source>&amp;Retour à la liste</source>
        <translation>&amp;Back to the list</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../ui/views/users.py" line="103"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="104"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="105"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="107"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="111"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="113"/>
        <source>Procuration détenue</source>
        <translation>Procuration held</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="225"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="227"/>
        <source>Les utilisateurs présentés sont ceux à qui aucune procuration de cette entreprise n&apos;a été assignée. Un utilisateur ne pouvant avoir plus d&apos;une procuration d&apos;une même entreprise, la procuration doit contenir tous les droits d&apos;accès dont il aura besoin. Cochez les utilisateurs, puis continuez.</source>
        <translation>The users shown are those to whom no procuration of this enterprise has been assigned. As a user cannot hold more than one procuration from the same enterprise, the procuration must contain all the access rights they will need. Tick the users, then continue.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="239"/>
        <source>Nom ou code d&apos;utilisateur</source>
        <translation>Name or user code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="241"/>
        <source>Rec&amp;hercher</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="244"/>
        <source>Utilisateurs à qui assigner la procuration</source>
        <translation>Users to assign the procuration to</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="246"/>
        <source>Chargement des utilisateurs…</source>
        <translation>Loading the users…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="254"/>
        <source>du {0} au {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="259"/>
        <source>Date de &amp;début</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="262"/>
        <source>(AAAA-MM-JJ)</source>
        <translation>(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="266"/>
        <source>Date de &amp;fin</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="269"/>
        <source>(AAAA-MM-JJ) — la procuration est valide {0}</source>
        <translation>(YYYY-MM-DD) — the procuration is valid {0}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="372"/>
        <source>Aucun utilisateur n&apos;est disponible : chacun détient déjà une procuration de cette entreprise. Créez un dossier d&apos;utilisateur, ou révoquez une assignation.</source>
        <translation>No user is available: each one already holds a procuration from this enterprise. Create a user record, or revoke an assignment.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/assign_procuration.py" line="379"/>
        <source>{0} utilisateur(s) offert(s) · {1} sélectionné(s)</source>
        <translation>{0} user(s) offered · {1} selected</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../ui/views/users.py" line="141"/>
        <source>Sélectionnez un dossier dans la liste, puis cliquez sur l&apos;action voulue. Une action qui ne s&apos;applique pas à l&apos;état du dossier est grisée : survolez-la pour savoir pourquoi.</source>
        <translation>Select a record in the list, then click the action you want. An action that does not apply to the record&apos;s state is greyed out: hover over it to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="152"/>
        <source>Hors ligne : la liste affichée peut ne pas être à jour et les actions sont indisponibles jusqu&apos;au retour de la connexion.</source>
        <translation>Offline: the list shown may not be up to date, and the actions are unavailable until the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="162"/>
        <source>Nom, prénom, code d&apos;utilisateur, rôle, état…</source>
        <translation>Last name, first name, user code, role, state…</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="164"/>
        <source>Rechercher un dossier</source>
        <translation>Search for a record</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="166"/>
        <source>Reche&amp;rcher :</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="174"/>
        <source>Dossiers des utilisateurs</source>
        <translation>User records</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="183"/>
        <source>Cr&amp;éer</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="184"/>
        <source>C&amp;onsulter</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="185"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Modify</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="186"/>
        <source>&amp;Suspendre</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="187"/>
        <source>Réac&amp;tiver</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="188"/>
        <source>Ré&amp;voquer</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="189"/>
        <source>Modifier le mot de &amp;passe</source>
        <translation>Change the &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="230"/>
        <source>Gestion des dossiers des utilisateurs</source>
        <translation>User records</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="262"/>
        <source>Nombre de dossiers : {0}</source>
        <translation>Number of records: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="265"/>
        <source>Dossiers affichés : {0} sur {1}</source>
        <translation>Records shown: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="279"/>
        <source>Hors ligne : cette action a besoin du service. Elle redeviendra possible au retour de la connexion.</source>
        <translation>Offline: this action needs the service. It will be possible again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="285"/>
        <source>Sélectionnez d&apos;abord un dossier dans la liste.</source>
        <translation>First select a record in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="292"/>
        <source>Un dossier révoqué ne peut plus être modifié.</source>
        <translation>A revoked record can no longer be modified.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="296"/>
        <source>Ce dossier est déjà suspendu.</source>
        <translation>This record is already suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="298"/>
        <source>Un dossier révoqué ne peut pas être suspendu.</source>
        <translation>A revoked record cannot be suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="300"/>
        <source>Vous ne pouvez pas suspendre votre propre dossier.</source>
        <translation>You cannot suspend your own record.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="304"/>
        <source>Ce dossier est actif : il n&apos;y a rien à réactiver.</source>
        <translation>This record is active: there is nothing to reactivate.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="306"/>
        <source>Un dossier révoqué ne peut pas être réactivé.</source>
        <translation>A revoked record cannot be reactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="310"/>
        <source>Ce dossier est déjà révoqué.</source>
        <translation>This record is already revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="312"/>
        <source>Vous ne pouvez pas révoquer votre propre dossier.</source>
        <translation>You cannot revoke your own record.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="317"/>
        <source>Le dossier est révoqué : son mot de passe ne peut plus être modifié.</source>
        <translation>The record is revoked: its password can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="321"/>
        <source>Vous ne pouvez pas réinitialiser votre propre mot de passe ici : votre session prendrait fin.</source>
        <translation>You cannot reset your own password here: your session would end.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="329"/>
        <source>Créer le dossier d&apos;un nouvel utilisateur.</source>
        <translation>Create the record of a new user.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="331"/>
        <source>Consulter le dossier sélectionné et la procuration qu&apos;il détient.</source>
        <translation>View the selected record and the procuration it holds.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="333"/>
        <source>Modifier les renseignements du dossier sélectionné.</source>
        <translation>Change the information of the selected record.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="335"/>
        <source>Suspendre le dossier : l&apos;utilisateur ne pourra plus se connecter.</source>
        <translation>Suspend the record: the user will no longer be able to sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="337"/>
        <source>Réactiver le dossier suspendu.</source>
        <translation>Reactivate the suspended record.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="339"/>
        <source>Révoquer le dossier, définitivement.</source>
        <translation>Revoke the record, for good.</translation>
    </message>
    <message>
        <location filename="../../ui/views/users.py" line="340"/>
        <source>Donner à l&apos;utilisateur un nouveau mot de passe temporaire.</source>
        <translation>Give the user a new temporary password.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="252"/>
        <source>Vérification des données</source>
        <translation>Verification of the data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="258"/>
        <source>Vérifiez si les données inscrites ci-dessous sont exactes avant de les transmettre.</source>
        <translation>Check that the data entered below is correct before submitting it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/wizard.py" line="274"/>
        <source>Tous les renseignements sont confidentiels. Ils seront transmis de façon sécurisée afin de garantir leur confidentialité et leur intégrité.</source>
        <translation>All the information is confidential. It will be sent securely to guarantee its confidentiality and integrity.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../ui/views/base.py" line="109"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/views/base.py" line="110"/>
        <source>Rec&amp;hercher</source>
        <translation>S&amp;earch</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/offline.py" line="361"/>
        <source>Le service ne répond pas. Avec votre mot de passe, vous pouvez consulter les listes gardées sur cet ordinateur, sans rien modifier, jusqu&apos;à son retour.</source>
        <translation>The service does not answer. With your password, you can consult the lists kept on this computer, without changing anything, until it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="364"/>
        <source>Ouvrir hors ligne</source>
        <translation>Open offline</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="380"/>
        <source>Le service ne répond pas. Les listes gardées sur cet ordinateur pourront être ouvertes hors ligne après une connexion avec le service : le mot de passe ne peut pas encore y être vérifié sans lui.</source>
        <translation>The service does not answer. The lists kept on this computer can be opened offline after one sign-in with the service: the password cannot be checked here without it yet.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="404"/>
        <source>Inscrivez votre mot de passe pour ouvrir les données hors ligne.</source>
        <translation>Enter your password to open the offline data.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="407"/>
        <source>Vérification du mot de passe sur cet ordinateur…</source>
        <translation>Checking the password on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="414"/>
        <source>Mot de passe incorrect : les données hors ligne n&apos;ont pas été ouvertes. Inscrivez le mot de passe de votre dernière connexion sur cet ordinateur.</source>
        <translation>Wrong password: the offline data was not opened. Enter the password of your last sign-in on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="423"/>
        <source>Trop d&apos;essais avec un mauvais mot de passe : réessayez dans {0} secondes.</source>
        <translation>Too many attempts with a wrong password: try again in {0} seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="438"/>
        <source>Ouverture des données hors ligne…</source>
        <translation>Opening the offline data…</translation>
    </message>
    <message>
        <location filename="../../ui/offline.py" line="452"/>
        <source>Aucune donnée hors ligne utilisable n&apos;est gardée sur cet ordinateur.</source>
        <translation>No usable offline data is kept on this computer.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Des renseignements sont à corriger.</source>
        <translation>Some information needs correcting.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Le service n&apos;a pas répondu à temps. Vos données sont conservées : vérifiez votre connexion réseau, puis réessayez.</source>
        <translation>The service did not answer in time. Your data is kept: check your network connection, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>Impossible de joindre le service. Vos données sont conservées : vérifiez votre connexion réseau, puis réessayez.</source>
        <translation>The service cannot be reached. Your data is kept: check your network connection, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Une erreur inattendue est survenue.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <location filename="../../ui/errors.py" line="208"/>
        <source>Procura</source>
        <translation>Procura</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Corrigez les renseignements indiqués, puis transmettez de nouveau.</source>
        <translation>Correct the information shown, then submit again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>Référence pour le soutien : {0}</source>
        <translation>Reference for support: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Réessayez. Si le problème persiste, communiquez avec le soutien technique.</source>
        <translation>Try again. If the problem persists, contact technical support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>Réessayez. Si le problème persiste, communiquez avec le soutien technique et joignez le journal : {0}</source>
        <translation>Try again. If the problem persists, contact technical support and attach the log: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="212"/>
        <source>Une erreur inattendue est survenue. Le travail transmis est conservé ; ce qui n&apos;était pas transmis peut devoir être refait.</source>
        <translation>An unexpected error occurred. The work already submitted is kept; what was not submitted may have to be done again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>Les détails sont enregistrés dans le journal :
{0}

Vous pouvez continuer. Si le problème se reproduit, transmettez ce fichier au soutien technique.</source>
        <translation>The details are saved in the log:
{0}

You can carry on. If the problem happens again, send this file to technical support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>Vous pouvez continuer. Si le problème se reproduit, communiquez avec le soutien technique.</source>
        <translation>You can carry on. If the problem happens again, contact technical support.</translation>
    </message>
</context>
<context>
    <name>receipts</name>
    <message>
        <location filename="../../ui/views/receipts.py" line="54"/>
        <source>Création du dossier d&apos;un utilisateur</source>
        <translation>Creating a user record</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="57"/>
        <source>Modification du dossier d&apos;un utilisateur</source>
        <translation>Modifying a user record</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="60"/>
        <source>Suspension du dossier d&apos;un utilisateur</source>
        <translation>Suspending a user record</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="63"/>
        <source>Réactivation du dossier d&apos;un utilisateur</source>
        <translation>Reactivating a user record</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="66"/>
        <source>Révocation du dossier d&apos;un utilisateur</source>
        <translation>Revoking a user record</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="69"/>
        <source>Modification du mot de passe de l&apos;utilisateur</source>
        <translation>Changing the user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="72"/>
        <source>Ajout d&apos;une procuration</source>
        <translation>Adding a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="73"/>
        <source>Modification d&apos;une procuration</source>
        <translation>Modifying a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="76"/>
        <source>Révocation d&apos;une procuration</source>
        <translation>Revoking a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="79"/>
        <source>Refus d&apos;une procuration</source>
        <translation>Refusing a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="80"/>
        <source>Assignation d&apos;une procuration</source>
        <translation>Assigning a procuration</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="83"/>
        <source>Révocation d&apos;une assignation</source>
        <translation>Revoking an assignment</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="84"/>
        <source>Inscription à des services électroniques</source>
        <translation>Registering for electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="87"/>
        <source>Désinscription des services électroniques</source>
        <translation>Unregistering from electronic services</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="90"/>
        <source>Suspension du code clicSÉQUR express</source>
        <translation>Suspending the clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="93"/>
        <source>Réactivation du code clicSÉQUR express</source>
        <translation>Reactivating the clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="96"/>
        <source>Annulation du code clicSÉQUR express</source>
        <translation>Cancelling the clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="99"/>
        <source>Nouveau code clicSÉQUR express</source>
        <translation>New clicSÉQUR express code</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="108"/>
        <source>Toutes les transactions</source>
        <translation>All transactions</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="109"/>
        <source>Dossiers des utilisateurs</source>
        <translation>User records</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="110"/>
        <source>Procurations</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="111"/>
        <source>Assignations</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="112"/>
        <source>Inscriptions aux services</source>
        <translation>Registrations for services</translation>
    </message>
    <message>
        <location filename="../../ui/views/receipts.py" line="113"/>
        <source>Code clicSÉQUR express</source>
        <translation>clicSÉQUR express code</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="57"/>
        <source>Responsable des services électroniques</source>
        <translation>Electronic services officer</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="59"/>
        <source>Représentant(e) autorisé(e)</source>
        <translation>Authorized representative</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="61"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="69"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="71"/>
        <source>Suspendu</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="73"/>
        <source>Révoqué</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/create_user.py" line="83"/>
        <source>{0} poste {1}</source>
        <translation>{0} ext. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="99"/>
        <source>Générale (RSE)</source>
        <translation>General (RSE)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="101"/>
        <source>(sans description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="104"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="111"/>
        <source>Code d&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="112"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="113"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="114"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="116"/>
        <source>Téléphone (travail)</source>
        <translation>Phone (work)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="119"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="120"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/user_action.py" line="121"/>
        <source>Procuration détenue</source>
        <translation>Procuration held</translation>
    </message>
</context>
</TS>
