import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'maplibre-gl/dist/maplibre-gl.css'
import './styles/base.css'
import App from './App.vue'
import { registerServiceWorker } from './pwa/service-worker.ts'

createApp(App).use(createPinia()).mount('#app')
// The installed app works offline; a new version waits for the user (see pwa/UpdatePrompt.vue).
registerServiceWorker()
