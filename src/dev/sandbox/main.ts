/** `npm start`: the sandbox on http://127.0.0.1:8080 (PORT to change it). */
import { startSandbox } from './sandbox-server';

startSandbox({ port: Number(process.env.PORT ?? 8080) }).then((s) => {
  console.log(`Pacte — bac à sable prêt : ${s.url} (en ${process.uptime().toFixed(1).replace('.', ',')} s)`);
  console.log('Données de démonstration : AJCAD Mali (40 partenaires). Ctrl+C pour arrêter.');
});
